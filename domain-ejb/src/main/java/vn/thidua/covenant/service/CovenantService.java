package vn.thidua.covenant.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.entity.Bloc;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.covenant.entity.CovenantSignature;
import vn.thidua.covenant.entity.CovenantStatus;
import vn.thidua.covenant.entity.CovenantVersion;
import vn.thidua.covenant.entity.Criterion;
import vn.thidua.covenant.entity.CriterionDraft;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.covenant.entity.Movement;
import vn.thidua.document.service.CovenantDocument;
import vn.thidua.document.service.DocumentFormat;
import vn.thidua.document.service.DocumentService;
import vn.thidua.document.service.Signer;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitService;

/**
 * The year's movement and covenant. Leader actions need the caller to represent the
 * bloc's leader or deputy unit of that year (or a Board specialist entering a paper
 * covenant); signing needs the caller to represent the
 * unit that signs; reading needs a Board role or membership of the bloc that year.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class CovenantService {

    private static final Logger LOG = Logger.getLogger(CovenantService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocAccess access;

    @Inject
    private UnitService units;

    @Inject
    private AuditService audit;

    @Inject
    private DocumentService documents;

    /** Launches (or corrects the launch of) the bloc's movement for the year. */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public Movement launchMovement(@NotNull @Valid MovementForm form) {
        requireLeader(form.getBlocId(), form.getYear());
        Movement movement = launched(form.getBlocId(), form.getYear()).orElse(null);
        String before = movement == null ? null : movement.getTitle() + " | " + movement.getLaunchDate();
        if (movement == null) {
            movement = new Movement(blocs.blocOf(form.getBlocId()), form.getYear(), caller());
            movement.describe(form.getTitle(), form.getContent(), form.getTargets(), form.getLaunchDate());
            em.persist(movement);
        } else {
            movement.describe(form.getTitle(), form.getContent(), form.getTargets(), form.getLaunchDate());
        }
        em.flush();
        audit.record("Movement", movement.getId(), before == null ? "LAUNCH" : "UPDATE",
                (before == null ? "" : before + " → ") + movement.getTitle() + " | " + movement.getLaunchDate());
        return movement;
    }

    /** The year's movement as launched, if it is. */
    public Optional<MovementView> movement(@NotNull Long blocId, int year) {
        requireReader(blocId, year);
        return launched(blocId, year).map(m -> new MovementView(m.getId(), m.getTitle(), m.getContent(),
                m.getTargets(), m.getLaunchDate(), m.getLaunchedBy()));
    }

    /**
     * Drafts the year's first covenant version, or changes the latest version while
     * nobody has signed it. A signed version is refused: amend it instead.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public CovenantVersion draftCovenant(@NotNull @Valid CovenantForm form) {
        requireLeader(form.getBlocId(), form.getYear());
        CovenantVersion latest = latest(form.getBlocId(), form.getYear()).orElse(null);
        boolean created = latest == null;
        if (created) {
            latest = new CovenantVersion(blocs.blocOf(form.getBlocId()), form.getYear(), 1, caller(), LocalDateTime.now());
        }
        latest.draft(form.getContent(), form.getTargets(), drafts(form));
        if (created) {
            em.persist(latest);
        }
        em.flush();
        audit.record("Covenant", latest.getId(), created ? "DRAFT" : "UPDATE_DRAFT", describe(latest));
        LOG.info(() -> "Covenant drafted for bloc " + form.getBlocId() + "/" + form.getYear());
        return latest;
    }

    /**
     * Amends a covenant that has signatures: a new version that every member signs again;
     * the earlier version is superseded and stays readable.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public CovenantVersion amendCovenant(@NotNull @Valid CovenantForm form) {
        requireLeader(form.getBlocId(), form.getYear());
        CovenantVersion latest = latest(form.getBlocId(), form.getYear())
                .orElseThrow(() -> new InvalidInputException("error.covenant.nothingToAmend"));
        if (latest.getSignatures().isEmpty()) {
            throw new InvalidInputException("error.covenant.unsignedEditInstead");
        }
        latest.supersede();
        CovenantVersion amendment = new CovenantVersion(latest.getBloc(), form.getYear(), latest.getNumber() + 1,
                caller(), LocalDateTime.now());
        amendment.draft(form.getContent(), form.getTargets(), drafts(form));
        em.persist(amendment);
        em.flush();
        audit.record("Covenant", latest.getId(), "SUPERSEDE", "version " + latest.getNumber());
        audit.record("Covenant", amendment.getId(), "AMEND", describe(amendment));
        return amendment;
    }

    /**
     * Signs a covenant version for a unit: the caller must represent that unit, a member
     * of the bloc that year. Puts the version in force when it completes the signatures.
     */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public CovenantVersion signCovenant(@NotNull Long versionId, @NotNull Long unitId) {
        CovenantVersion version = version(versionId);
        Unit unit = access.callerMemberUnit(version.getBloc().getId(), version.getYear())
                .filter(u -> u.getId().equals(unitId))
                .orElseThrow(AccessDeniedException::new);
        return sign(version, unit, false);
    }

    /**
     * Records a signature given on paper (at the launch conference), entered by the Board or
     * the leader, without a scan (the demo's story; a page with its scan goes through
     * {@link PaperSignatureService#recordSignedPage}).
     */
    public CovenantVersion recordPaperSignature(@NotNull Long versionId, @NotNull Long unitId) {
        CovenantVersion version = version(versionId);
        access.requireKeeper(version.getBloc().getId(), version.getYear());
        Unit unit = blocs.memberUnits(version.getBloc().getId(), version.getYear()).stream()
                .filter(u -> u.getId().equals(unitId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("error.covenant.notMember"));
        return sign(version, unit, true);
    }

    /**
     * Every version of the year's covenant, latest first, with its criteria, its signatures
     * and the members that have not signed: one query per part.
     */
    public List<CovenantVersionView> versions(@NotNull Long blocId, int year) {
        requireReader(blocId, year);
        Map<Long, List<CriterionView>> criteria = new HashMap<>();
        for (Object[] r : rows(Criterion.ROWS_OF_YEAR, blocId, year)) {
            criteria.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new CriterionView((Long) r[1],
                    (Integer) r[2], (CriterionKind) r[3], (String) r[4], (BigDecimal) r[5], (Boolean) r[6]));
        }
        Map<Long, List<CovenantVersionView.Signature>> signatures = new HashMap<>();
        for (Object[] r : rows(CovenantSignature.ROWS_OF_YEAR, blocId, year)) {
            signatures.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new CovenantVersionView.Signature(
                    (Long) r[1], (String) r[2], (String) r[3], (LocalDateTime) r[4], (Boolean) r[5],
                    (LocalDate) r[6], (String) r[7], (Long) r[8], (String) r[9], (String) r[10]));
        }
        List<Object[]> versions = rows(CovenantVersion.ROWS_OF_YEAR, blocId, year);
        List<Unit> members = versions.isEmpty() ? List.of() : blocs.memberUnits(blocId, year);
        List<CovenantVersionView> views = new ArrayList<>();
        for (Object[] r : versions) {
            Long id = (Long) r[0];
            List<CovenantVersionView.Signature> signed = signatures.getOrDefault(id, List.of());
            Set<Long> signers = signed.stream().map(CovenantVersionView.Signature::unitId).collect(Collectors.toSet());
            views.add(new CovenantVersionView(id, (Integer) r[1], (CovenantStatus) r[2], (String) r[3], (String) r[4],
                    criteria.getOrDefault(id, List.of()), signed,
                    members.stream().filter(u -> !signers.contains(u.getId())).map(Unit::getShortName).toList()));
        }
        return views;
    }

    /**
     * The year's latest covenant version as an official document (Decree 30 layout), PDF or
     * .docx, with a signature block for each member unit's head; for whoever may read the year.
     */
    public byte[] covenantDocument(@NotNull Long blocId, int year, @NotNull DocumentFormat format) {
        CovenantVersionView v = versions(blocId, year).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("CovenantVersion", blocId));
        Bloc bloc = blocs.blocOf(blocId);
        CovenantDocument doc = new CovenantDocument(documents.blocHeader(bloc.provinceOn(LocalDate.now()).getName(),
                bloc.getName(), bloc.getCode(), LocalDate.now()), null, year, bloc.getName(), v.number(), v.content(), v.targets(),
                v.criteria().stream().map(c -> new CovenantDocument.Criterion(c.title(), c.maxPoints())).toList(),
                blocs.memberUnits(blocId, year).stream().map(u -> new CovenantDocument.Party(u.getName(),
                        new Signer(null, u.getSignerTitle(), u.getSignerName()))).toList());
        return format == DocumentFormat.DOCX ? documents.covenantDocx(doc) : documents.covenantPdf(doc);
    }

    /**
     * The current covenant (the latest version not superseded) of each of the blocs in a
     * year, with the units that signed it, in one query: the home pages' covenant section.
     * Blocs without a covenant are left out.
     */
    public List<CovenantState> covenantStates(int year, @NotNull Collection<Long> blocIds) {
        access.requireReadAccessToAll(blocIds, year);
        if (blocIds.isEmpty()) {
            return List.of();
        }
        Map<Long, CovenantState> latest = new LinkedHashMap<>();
        Map<Long, Set<Long>> signed = new HashMap<>();
        for (Object[] t : em.createQuery("SELECT v.bloc.id, v.id, v.number, v.status, su.id FROM CovenantVersion v"
                        + " LEFT JOIN v.signatures s LEFT JOIN s.unit su WHERE v.year = :year AND v.bloc.id IN :blocs"
                        + " AND v.status <> :superseded ORDER BY v.bloc.id, v.number", Object[].class)
                .setParameter("year", year).setParameter("blocs", blocIds)
                .setParameter("superseded", CovenantStatus.SUPERSEDED).getResultList()) {
            Long blocId = (Long) t[0];
            Long versionId = (Long) t[1];
            CovenantState known = latest.get(blocId);
            if (known == null || !known.versionId().equals(versionId)) {
                latest.put(blocId, new CovenantState(blocId, versionId, ((Number) t[2]).intValue(),
                        t[3] == CovenantStatus.IN_FORCE, Set.of()));
                signed.put(blocId, new HashSet<>());
            }
            if (t[4] != null) {
                signed.get(blocId).add((Long) t[4]);
            }
        }
        return latest.values().stream().map(c -> new CovenantState(c.blocId(), c.versionId(), c.number(), c.inForce(),
                signed.get(c.blocId()))).toList();
    }

    /** The version currently in force, if any: scoring works against it. */
    public Optional<CovenantVersionView> inForce(@NotNull Long blocId, int year) {
        return versions(blocId, year).stream().filter(CovenantVersionView::isInForce).findFirst();
    }

    public Criterion criterion(@NotNull Long criterionId) {
        Criterion criterion = em.find(Criterion.class, criterionId);
        if (criterion == null) {
            throw new NotFoundException("Criterion", criterionId);
        }
        requireReader(criterion.getCovenantVersion().getBloc().getId(), criterion.getCovenantVersion().getYear());
        return criterion;
    }

    private CovenantVersion sign(CovenantVersion version, Unit unit, boolean onPaper) {
        List<Unit> members = blocs.memberUnits(version.getBloc().getId(), version.getYear());
        CovenantSignature signature = version.sign(unit, caller(), LocalDateTime.now(), onPaper, members);
        em.flush();
        audit.record("Covenant", version.getId(), onPaper ? "SIGN_PAPER" : "SIGN",
                "version " + version.getNumber() + " | " + unit.getCode() + " " + unit.getName()
                        + " | by " + signature.getSignedBy() + " → " + version.getStatus());
        LOG.info(() -> "Covenant " + version.getId() + " signed for unit " + unit.getId() + " (" + version.getStatus() + ")");
        return version;
    }

    private Optional<CovenantVersion> latest(Long blocId, int year) {
        return em.createNamedQuery(CovenantVersion.OF_YEAR, CovenantVersion.class)
                .setParameter("bloc", blocId).setParameter("year", year).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    private Optional<Movement> launched(Long blocId, int year) {
        return em.createNamedQuery(Movement.OF_YEAR, Movement.class)
                .setParameter("bloc", blocId).setParameter("year", year).getResultList().stream().findFirst();
    }

    private List<Object[]> rows(String query, Long blocId, int year) {
        return em.createNamedQuery(query, Object[].class).setParameter("bloc", blocId).setParameter("year", year)
                .getResultList();
    }

    private CovenantVersion version(Long id) {
        CovenantVersion version = em.find(CovenantVersion.class, id);
        if (version == null) {
            throw new NotFoundException("Covenant", id);
        }
        return version;
    }

    private void requireLeader(Long blocId, int year) {
        access.requireKeeper(blocId, year);
    }

    private void requireReader(Long blocId, int year) {
        access.requireReadAccess(blocId, year);
    }

    private static List<CriterionDraft> drafts(CovenantForm form) {
        return form.getItems().stream()
                .map(i -> new CriterionDraft(i.getKind(), i.getTitle().trim(), i.getMaxPoints(), i.isEvidenceRequired()))
                .toList();
    }

    /** The audit line of a version just drafted: its number, items and maximum total. */
    private static String describe(CovenantVersion v) {
        List<Criterion> items = v.getCriteria();
        return "version " + v.getNumber() + " | " + items.size() + " items | max "
                + v.maxTotal().stripTrailingZeros().toPlainString() + " | "
                + items.stream().map(c -> c.getKind() + ":" + c.getTitle()).collect(Collectors.joining("; "));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
