package vn.thidua.registry.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.document.service.DocumentFormat;
import vn.thidua.document.service.DocumentService;
import vn.thidua.document.service.RegistryExtract;
import vn.thidua.document.service.RegistrySheet;
import vn.thidua.file.service.FileService;
import vn.thidua.file.service.Upload;
import vn.thidua.registry.entity.Award;
import vn.thidua.registry.entity.AwardDecision;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Roles;
import vn.thidua.shared.Search;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitService;

/**
 * The award registry: the Chair's decisions entered with their awards, search, a unit's
 * history across its lineage, streaks, .xlsx export.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class RegistryService {

    private static final Logger LOG = Logger.getLogger(RegistryService.class.getName());
    private static final int MAX_RESULTS = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UnitService units;

    @Inject
    private BlocService blocs;

    @Inject
    private FileService files;

    @Inject
    private AuditService audit;

    @Inject
    private DocumentService documents;

    /**
     * Enters the Chair's decision on a proposal (number, date, signer, the signed PDF if
     * any) and the awards it grants. Refused when another decision carries the number. Runs
     * inside the transaction of the approval step that records the decision.
     *
     * @return the decision's id
     */
    @RolesAllowed(Roles.BOARD_LEADER)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Long recordDecision(@NotNull Long proposalId, @NotBlank String number, @NotNull LocalDate decidedOn,
                               @NotBlank String signer, Upload signedPdf, @NotEmpty List<Grant> grants) {
        if (em.createNamedQuery(AwardDecision.COUNT_BY_NUMBER, Long.class).setParameter("number", number.trim())
                .getSingleResult() > 0) {
            throw new InvalidInputException("error.decision.duplicateNumber", number);
        }
        AwardDecision decision = new AwardDecision(proposalId, number.trim(), decidedOn, signer.trim(),
                signedPdf == null ? null : files.store(signedPdf));
        em.persist(decision);
        List<String> granted = new ArrayList<>();
        for (Grant grant : grants) {
            Unit unit = units.unit(grant.unitId());
            em.persist(new Award(decision, unit, blocs.blocOf(grant.blocId()), grant.year(), grant.kind()));
            granted.add(grant.kind() + "=" + unit.getCode());
        }
        em.flush();
        audit.record("AwardDecision", decision.getId(), "DECIDE", number + " | " + String.join(", ", granted));
        LOG.info(() -> "Award decision " + decision.getId() + " recorded with " + grants.size() + " awards");
        return decision.getId();
    }

    /** Awards matching every filter given (null filters nothing), newest year first. */
    public List<AwardView> search(String unitText, Long blocId, Integer year, AwardKind kind, String decisionNumber) {
        return em.createNamedQuery(Award.SEARCH, AwardView.class)
                .setParameter("like", Search.containsPattern(unitText)).setParameter("bloc", blocId)
                .setParameter("year", year).setParameter("kind", kind)
                .setParameter("number", decisionNumber == null || decisionNumber.isBlank() ? null : decisionNumber.trim())
                .setMaxResults(MAX_RESULTS).getResultList();
    }

    /** A unit's awards, including those of every unit record it succeeded (renames, merges). */
    public List<AwardView> history(@NotNull Long unitId) {
        List<Long> lineage = units.lineageOf(unitId).stream().map(Unit::getId).toList();
        return em.createNamedQuery(Award.OF_UNITS, AwardView.class).setParameter("ids", lineage).getResultList();
    }

    /** How many consecutive years up to the latest one the unit's lineage received {@code kind}. */
    public int streak(@NotNull Long unitId, @NotNull AwardKind kind) {
        TreeSet<Integer> years = history(unitId).stream().filter(a -> a.kind() == kind).map(AwardView::year)
                .collect(Collectors.toCollection(TreeSet::new));
        if (years.isEmpty()) {
            return 0;
        }
        int year = years.last();
        int streak = 0;
        while (years.contains(year - streak)) {
            streak++;
        }
        return streak;
    }

    /** The awards as an .xlsx table. */
    public byte[] export(@NotNull List<AwardView> awards) {
        return documents.registryXlsx(new RegistrySheet(awards.stream().map(a -> new RegistrySheet.Row(a.year(),
                a.unitName(), a.kind().name(), a.blocName(), a.decisionNumber(), a.decidedOn())).toList()));
    }

    /**
     * The awards as an extract of the registry (trích lục), an official document the Board
     * issues (Decree 30 layout), PDF or .docx; named after the unit when all are one unit's.
     */
    public byte[] extract(@NotNull List<AwardView> awards, @NotNull DocumentFormat format) {
        List<String> names = awards.stream().map(AwardView::unitName).distinct().toList();
        String province = awards.isEmpty() ? "" : units.unit(awards.get(0).unitId()).getProvince().getName();
        RegistryExtract extract = new RegistryExtract(documents.boardHeader(province, false, LocalDate.now()), null,
                names.size() == 1 ? names.get(0) : null, awards.stream().map(a -> new RegistrySheet.Row(a.year(),
                a.unitName(), a.kind().name(), a.blocName(), a.decisionNumber(), a.decidedOn())).toList(), null);
        return format == DocumentFormat.DOCX ? documents.registryExtractDocx(extract)
                : documents.registryExtractPdf(extract);
    }
}
