package vn.thidua.registry.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.calendar.service.ProvinceSettingsService;
import vn.thidua.document.service.DocumentFormat;
import vn.thidua.document.service.DocumentService;
import vn.thidua.document.service.NationalSheet;
import vn.thidua.document.service.RegistryExtract;
import vn.thidua.document.service.RegistrySheet;
import vn.thidua.file.entity.StoredFile;
import vn.thidua.file.service.FileService;
import vn.thidua.file.service.Upload;
import vn.thidua.registry.entity.Award;
import vn.thidua.registry.entity.AwardDecision;
import vn.thidua.job.service.JobOutput;
import vn.thidua.job.service.JobProgress;
import vn.thidua.job.service.JobService;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.registry.internal.NationalRow;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.shared.Search;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.ProvinceOption;
import vn.thidua.unit.service.UnitLineageService;
import vn.thidua.unit.service.UnitService;
import vn.thidua.unit.service.StreakRule;
import vn.thidua.registry.internal.Streaks;

/**
 * The award registry: the Chair's decisions entered with their awards, search, a unit's
 * history across its lineage, streaks, .xlsx export, and the national export of a province's
 * awards of a year (JSON pages and .xlsx, Board staff only; docs/NATIONAL-EXPORT.md).
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class RegistryService {

    private static final Logger LOG = Logger.getLogger(RegistryService.class.getName());
    private static final int MAX_RESULTS = 500;

    /** The largest page of the national export. */
    public static final int EXPORT_PAGE_MAX = 500;
    /** The years the national export takes (those of the bloc forms). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /** The content type of .xlsx files. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The kind of the national export's background job. */
    public static final String NATIONAL_EXPORT_JOB = "NATIONAL_EXPORT";
    /** The day Decree 152/2025/NĐ-CP replaced Decree 98/2023/NĐ-CP. */
    private static final LocalDate DECREE_152_FROM = LocalDate.of(2025, 7, 1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProvinceSettingsService settings;

    @Inject
    private UnitService units;

    @Inject
    private UnitLineageService lineages;

    @Inject
    private BlocService blocs;

    @Inject
    private FileService files;

    @Inject
    private AuditService audit;

    @Inject
    private DocumentService documents;

    @Inject
    private JobService jobs;

    @Resource
    private SessionContext context;

    /**
     * Enters the Chair's decision (number, date, signer, the signed PDF if any) answering one
     * proposal or the many of a consolidated submission, and the awards it grants. The
     * authority is the province's People's Committee ({@code provinceId}); refused when a
     * decision of that authority dated in the same calendar year carries the number (the
     * database's unique key holds the rule on every node, and its refusal gives the same
     * message). A PDF given must carry a valid signature ({@link FileService#storeSigned}:
     * integrity, whole file, chain to a trust anchor), else it is refused naming the failed
     * check and nothing is stored. Runs inside the transaction of the approval step that
     * records the decision.
     *
     * @return the decision's id and the verified signature of its PDF
     */
    @RolesAllowed(Roles.BOARD_LEADER)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public DecisionRecord recordDecision(@NotEmpty List<Long> proposalIds, @NotNull Long provinceId, @NotBlank String number,
                                         @NotNull LocalDate decidedOn, @NotBlank String signer, Upload signedPdf,
                                         @NotEmpty List<Grant> grants) {
        Province authority = units.province(provinceId);
        String trimmed = number.trim();
        LocalDate from = decidedOn.withDayOfYear(1);
        if (em.createNamedQuery(AwardDecision.COUNT_BY_NUMBER, Long.class).setParameter("number", trimmed)
                .setParameter("province", authority.getId()).setParameter("from", from)
                .setParameter("to", from.plusYears(1)).getSingleResult() > 0) {
            throw numberTaken(trimmed, decidedOn, authority);
        }
        StoredFile pdf = signedPdf == null ? null : files.storeSigned(signedPdf);
        AwardDecision decision = new AwardDecision(authority, proposalIds, trimmed, decidedOn, signer.trim(), pdf);
        em.persist(decision);
        List<String> granted = new ArrayList<>();
        for (Grant grant : grants) {
            Unit unit = units.unit(grant.unitId());
            em.persist(new Award(decision, unit, blocs.blocOf(grant.blocId()), grant.year(), grant.kind()));
            granted.add(grant.kind() + "=" + unit.getCode());
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // another node took the number between the check and the insert: the unique key refused it
            throw numberTaken(trimmed, decidedOn, authority);
        }
        audit.record("AwardDecision", decision.getId(), "DECIDE", number + " | " + String.join(", ", granted));
        LOG.info(() -> "Award decision " + decision.getId() + " recorded with " + grants.size() + " awards for "
                + proposalIds.size() + " proposal(s)");
        return new DecisionRecord(decision.getId(), pdf == null ? null : pdf.getSignedBy(),
                pdf == null ? null : pdf.getSignedAt());
    }

    private static InvalidInputException numberTaken(String number, LocalDate decidedOn, Province authority) {
        return new InvalidInputException("error.decision.duplicateNumber", number, String.valueOf(decidedOn.getYear()),
                authority.getName());
    }

    /** Awards matching every filter given (null filters nothing), newest year first. */
    public List<AwardView> search(String unitText, Long blocId, Integer year, AwardKind kind, String decisionNumber) {
        // a name reaches the unit records of the same lineage: the old name finds the new records
        // (after a rename, merge or province succession) and the other way round
        Set<Long> lineage = lineages.idsAcrossLineage(unitText);
        return em.createNamedQuery(Award.SEARCH, AwardView.class)
                .setParameter("like", Search.containsPattern(unitText))
                .setParameter("lineage", lineage.isEmpty() ? List.of(-1L) : List.copyOf(lineage))
                .setParameter("bloc", blocId)
                .setParameter("year", year).setParameter("kind", kind)
                .setParameter("number", decisionNumber == null || decisionNumber.isBlank() ? null : decisionNumber.trim())
                .setMaxResults(MAX_RESULTS).getResultList();
    }

    /** A unit's awards, including those of every unit record it succeeded (renames, merges). */
    public List<AwardView> history(@NotNull Long unitId) {
        List<Long> lineage = units.lineageOf(unitId).stream().map(Unit::getId).toList();
        return em.createNamedQuery(Award.OF_UNITS, AwardView.class).setParameter("ids", lineage).getResultList();
    }

    /**
     * How many consecutive years up to the latest one the unit's lineage received {@code kind},
     * by the streak rule of the unit's province ({@link StreakRule}; by default a merged unit
     * continues the longest streak among its predecessors, and awards of different predecessors
     * in different years do not join into one streak).
     */
    public int streak(@NotNull Long unitId, @NotNull AwardKind kind) {
        Map<Long, List<Long>> tree = lineages.predecessorTree(unitId);
        Map<Long, Set<Integer>> years = new HashMap<>();
        em.createNamedQuery(Award.OF_UNITS, AwardView.class).setParameter("ids", List.copyOf(tree.keySet()))
                .getResultList().stream().filter(a -> a.kind() == kind)
                .forEach(a -> years.computeIfAbsent(a.unitId(), id -> new HashSet<>()).add(a.year()));
        return Streaks.streak(units.unit(unitId).getProvince().getStreakRule(), unitId, tree, years);
    }

    /** The streak rule of each current province, by province name, for the pages that show streaks. */
    public Map<String, StreakRule> streakRules() {
        Map<String, StreakRule> rules = new TreeMap<>();
        em.createQuery("SELECT p.name, p.streakRule FROM Province p WHERE p.validTo IS NULL", Object[].class)
                .getResultList().forEach(r -> rules.put((String) r[0], (StreakRule) r[1]));
        return rules;
    }

    /** The awards as an .xlsx table. */
    public byte[] export(@NotNull List<AwardView> awards) {
        return documents.registryXlsx(new RegistrySheet(awards.stream().map(a -> new RegistrySheet.Row(a.year(),
                a.unitName(), a.kind().name(), a.blocName(), a.decisionNumber(), a.decidedOn())).toList()));
    }

    /**
     * One page (from 1, at most {@value #EXPORT_PAGE_MAX} rows) of the national export: the
     * awards of {@code year} to members of the blocs of the province {@code provinceCode},
     * with their decisions, in a stable order. Board staff only.
     */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public NationalExport nationalExport(@NotBlank String provinceCode, int year, int page, int size) {
        ProvinceOption province = exportedProvince(provinceCode, year);
        if (page < 1 || size < 1 || size > EXPORT_PAGE_MAX) {
            throw new InvalidInputException("error.nationalExport.paging", EXPORT_PAGE_MAX);
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        long total = em.createNamedQuery(Award.NATIONAL_COUNT, Long.class).setParameter("province", province.id())
                .setParameter("yearEnd", yearEnd).setParameter("year", year).getSingleResult();
        List<NationalAward> rows = em.createNamedQuery(Award.NATIONAL, NationalRow.class)
                .setParameter("province", province.id()).setParameter("yearEnd", yearEnd).setParameter("year", year)
                .setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size)).setMaxResults(size)
                .getResultList().stream().map(this::nationalAward).toList();
        return new NationalExport(province.code(), province.name(), year, page, size, total,
                (int) ((total + size - 1) / size), rows);
    }

    /**
     * The whole national export of a province's year as .xlsx (docs/NATIONAL-EXPORT.md),
     * read page by page with the progress reported. Board staff only.
     */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public byte[] nationalExportXlsx(@NotBlank String provinceCode, int year, @NotNull JobProgress progress) {
        List<NationalSheet.Row> rows = new ArrayList<>();
        NationalExport page = nationalExport(provinceCode, year, 1, EXPORT_PAGE_MAX);
        while (true) {
            page.rows().forEach(a -> rows.add(new NationalSheet.Row(a.decisionNumber(), a.decisionDate(), a.authority(),
                    a.signer(), a.awardKindName(), a.recipientUnitCode(), a.recipientUnitName(), a.legalBasis(),
                    a.blocName(), a.year())));
            progress.report(page.totalPages() == 0 ? 80 : 80 * page.page() / page.totalPages());
            if (page.page() >= page.totalPages()) {
                break;
            }
            page = nationalExport(provinceCode, year, page.page() + 1, EXPORT_PAGE_MAX);
        }
        byte[] xlsx = documents.nationalXlsx(new NationalSheet(rows));
        progress.report(95);
        LOG.info(() -> "National export " + provinceCode + " " + year + ": " + rows.size() + " awards");
        return xlsx;
    }

    /**
     * Starts the national export's .xlsx in the background (the page shows its progress and
     * offers the file when done); a wrong province or year is refused at once. Board staff only.
     *
     * @return the job's id
     */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public String startNationalExport(@NotBlank String provinceCode, int year) {
        ProvinceOption province = exportedProvince(provinceCode, year);
        RegistryService self = context.getBusinessObject(RegistryService.class);
        String fileName = documents.text("national.file", province.code(), String.valueOf(year));
        return jobs.start(NATIONAL_EXPORT_JOB, progress -> new JobOutput(fileName, XLSX,
                self.nationalExportXlsx(province.code(), year, progress)));
    }

    private ProvinceOption exportedProvince(String provinceCode, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("error.bloc.year", FIRST_YEAR, LAST_YEAR);
        }
        return units.provinces().stream().filter(p -> p.code().equalsIgnoreCase(provinceCode.trim())).findFirst()
                .orElseThrow(() -> new NotFoundException("Province", provinceCode));
    }

    private NationalAward nationalAward(NationalRow r) {
        String decree = documents.text(r.decidedOn().isBefore(DECREE_152_FROM) ? "national.decree.before"
                : "national.decree.from");
        return new NationalAward(r.decisionNumber(), r.decidedOn(), documents.text("national.authority", r.provinceName()),
                r.signer(), r.kind(), documents.text("award." + r.kind().name()), r.unitCode(), r.unitName(),
                documents.text("national.legalBasis." + r.kind().name(), decree), r.blocCode(), r.blocName(), r.year());
    }

    /**
     * The awards as an extract of the registry (trích lục), an official document the Board
     * issues (Decree 30 layout), PDF or .docx; named after the unit when all are one unit's.
     */
    public byte[] extract(@NotNull List<AwardView> awards, @NotNull DocumentFormat format) {
        List<String> names = awards.stream().map(AwardView::unitName).distinct().toList();
        Province province = awards.isEmpty() ? null : units.unit(awards.get(0).unitId()).getProvince();
        RegistryExtract extract = new RegistryExtract(documents.boardHeader(province == null ? "" : province.getName(),
                false, LocalDate.now()), null,
                names.size() == 1 ? names.get(0) : null, awards.stream().map(a -> new RegistrySheet.Row(a.year(),
                a.unitName(), a.kind().name(), a.blocName(), a.decisionNumber(), a.decidedOn())).toList(),
                province == null ? null : settings.boardHeadSigner(province.getId(), LocalDate.now()));
        return format == DocumentFormat.DOCX ? documents.registryExtractDocx(extract)
                : documents.registryExtractPdf(extract);
    }
}
