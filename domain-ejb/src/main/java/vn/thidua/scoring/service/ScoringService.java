package vn.thidua.scoring.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.covenant.entity.CovenantStatus;
import vn.thidua.covenant.entity.CovenantVersion;
import vn.thidua.covenant.entity.Criterion;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.covenant.service.CovenantVersionView;
import vn.thidua.file.service.FileService;
import vn.thidua.file.service.Upload;
import vn.thidua.scoring.entity.Assessment;
import vn.thidua.scoring.entity.AssessmentStatus;
import vn.thidua.document.service.DocumentService;
import vn.thidua.document.service.RankingSheet;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.shared.StorableInput;
import vn.thidua.unit.entity.Unit;

/**
 * Scores against the covenant in force. Each use case is one transaction: a score with a
 * rejected attachment is refused whole, leaving neither the score nor any file behind.
 * Nobody reviews or awards points to their own unit ({@link BlocAccess#requireScoreReviewer}).
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class ScoringService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocAccess access;

    @Inject
    private DocumentService documents;

    @Inject
    private CovenantService covenants;

    @Inject
    private FileService files;

    @Inject
    private AuditService audit;

    /** A unit scores itself on one criterion; the caller must represent that unit. */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public Assessment scoreCriterion(@NotNull @Valid ScoreForm form) {
        Criterion criterion = scorable(form.getCriterionId());
        CovenantVersion version = criterion.getCovenantVersion();
        Unit unit = access.callerMemberUnit(version.getBloc().getId(), version.getYear())
                .filter(u -> u.getId().equals(form.getUnitId()))
                .orElseThrow(AccessDeniedException::new);
        Assessment assessment = assessment(criterion, unit);
        assessment.selfScore(form.getPoints(), form.getEvidence(), caller(), LocalDateTime.now());
        if (assessment.getId() == null) {
            em.persist(assessment);
        }
        em.flush();
        for (Upload upload : form.getFiles()) {
            assessment.attach(files.store(upload));
        }
        em.flush();
        audit.record("Assessment", assessment.getId(), "SELF_SCORE", unit.getCode() + " | " + criterion.getTitle()
                + " | " + form.getPoints().toPlainString() + " | files " + form.getFiles().size());
        return assessment;
    }

    /**
     * The leader, the deputy or the Board accepts a unit's score ({@code adjusted} null) or
     * adjusts it with a reason; never a unit's own score (the other leading unit or the
     * Board reviews it).
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public Assessment reviewScore(@NotNull Long assessmentId, BigDecimal adjusted,
                                  @Size(max = 1000, message = "{review.reason.size}") @StorableInput String reason) {
        Assessment assessment = em.find(Assessment.class, assessmentId);
        if (assessment == null) {
            throw new NotFoundException("Assessment", assessmentId);
        }
        CovenantVersion version = assessment.getCriterion().getCovenantVersion();
        access.requireScoreReviewer(version.getBloc().getId(), version.getYear(), assessment.getUnit().getId());
        BigDecimal before = assessment.effectivePoints();
        assessment.review(adjusted, reason, caller(), LocalDateTime.now());
        em.flush();
        audit.record("Assessment", assessment.getId(), adjusted == null ? "ACCEPT" : "ADJUST",
                assessment.getUnit().getCode() + " | " + assessment.getCriterion().getTitle() + " | "
                        + before.toPlainString() + " → " + assessment.effectivePoints().toPlainString()
                        + (reason == null ? "" : " | " + reason));
        return assessment;
    }

    /**
     * The leader, the deputy or the Board gives a bonus or a deduction item to a member unit,
     * with the reason; never to the caller's own unit.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public Assessment awardItem(@NotNull Long criterionId, @NotNull Long unitId, @NotNull BigDecimal points,
                                @Size(max = 1000, message = "{review.reason.size}") @StorableInput String reason) {
        Criterion criterion = scorable(criterionId);
        CovenantVersion version = criterion.getCovenantVersion();
        access.requireScoreReviewer(version.getBloc().getId(), version.getYear(), unitId);
        Unit unit = blocs.memberUnits(version.getBloc().getId(), version.getYear()).stream()
                .filter(u -> u.getId().equals(unitId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("error.covenant.notMember"));
        Assessment assessment = assessment(criterion, unit);
        assessment.award(points, reason, caller(), LocalDateTime.now());
        if (assessment.getId() == null) {
            em.persist(assessment);
        }
        em.flush();
        audit.record("Assessment", assessment.getId(), criterion.getKind().name(),
                unit.getCode() + " | " + criterion.getTitle() + " | " + points.toPlainString() + " | " + reason);
        return assessment;
    }

    /** An evidence file of a score, for whoever may read the bloc's year; its hash is checked. */
    public byte[] evidenceFile(@NotNull Long assessmentId, @NotNull Long fileId) {
        Assessment assessment = em.find(Assessment.class, assessmentId);
        if (assessment == null || em.createNamedQuery(Assessment.HAS_FILE, Long.class)
                .setParameter("assessment", assessmentId).setParameter("file", fileId).getSingleResult() == 0) {
            throw new NotFoundException("StoredFile", fileId);
        }
        CovenantVersion version = assessment.getCriterion().getCovenantVersion();
        access.requireReadAccess(version.getBloc().getId(), version.getYear());
        return files.content(fileId);
    }

    /**
     * For each unit of the blocs given that has scored itself in a year: how many criteria
     * of the covenant in force it scored, and how many there are, in one grouped query (the
     * home pages' scoring section). A unit that scored nothing has no row.
     */
    public List<SelfScoreCount> selfScoreCounts(int year, @NotNull java.util.Collection<Long> blocIds) {
        access.requireReadAccessToAll(blocIds, year);
        if (blocIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT v.bloc.id, u.id, COUNT(a), (SELECT COUNT(k) FROM Criterion k"
                        + " WHERE k.covenantVersion = v AND k.kind = :kind) FROM Assessment a JOIN a.unit u"
                        + " JOIN a.criterion c JOIN c.covenantVersion v WHERE v.year = :year AND v.bloc.id IN :blocs"
                        + " AND v.status = :inForce AND c.kind = :kind AND a.selfPoints IS NOT NULL"
                        + " GROUP BY v.bloc.id, v.id, u.id", Object[].class)
                .setParameter("kind", CriterionKind.CRITERION).setParameter("year", year)
                .setParameter("blocs", blocIds).setParameter("inForce", CovenantStatus.IN_FORCE).getResultList()
                .stream().map(t -> new SelfScoreCount((Long) t[0], (Long) t[1], ((Number) t[2]).longValue(),
                        ((Number) t[3]).longValue())).toList();
    }

    /**
     * The scores page of a bloc's year: the items of the covenant in force, every score on
     * them and the ranking (empty items and scores before the covenant is in force).
     */
    public ScoreSheet scoreSheet(@NotNull Long blocId, int year) {
        Optional<CovenantVersionView> inForce = covenants.inForce(blocId, year);
        List<AssessmentView> assessments = inForce.isPresent() ? assessmentsInForce(blocId, year) : List.of();
        return new ScoreSheet(inForce.isPresent(), inForce.map(CovenantVersionView::criteria).orElse(List.of()),
                assessments, rank(blocId, year, assessments));
    }

    /** The ranking of the bloc's members for the year. */
    public List<ScoreTable.Row> ranking(@NotNull Long blocId, int year) {
        access.requireReadAccess(blocId, year);
        return rank(blocId, year, assessmentsInForce(blocId, year));
    }

    /** The ranking as an .xlsx workbook. */
    public byte[] exportRanking(@NotNull Long blocId, int year) {
        List<RankingSheet.Row> rows = ranking(blocId, year).stream().map(r -> new RankingSheet.Row(r.rank(),
                r.unitName(), r.criteria(), r.bonus(), r.deduction(), r.total())).toList();
        return documents.rankingXlsx(new RankingSheet(year, blocs.blocOf(blocId).getName(), rows));
    }

    /** Every score of the covenant in force with its evidence files: two queries, no lazy loading. */
    private List<AssessmentView> assessmentsInForce(Long blocId, int year) {
        Map<Long, List<AssessmentView.Evidence>> files = new HashMap<>();
        for (Object[] r : rows(Assessment.FILES_IN_FORCE, blocId, year)) {
            files.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new AssessmentView.Evidence((Long) r[1], (String) r[2], (String) r[3]));
        }
        List<AssessmentView> views = new ArrayList<>();
        for (Object[] r : rows(Assessment.ROWS_IN_FORCE, blocId, year)) {
            AssessmentStatus status = (AssessmentStatus) r[8];
            BigDecimal self = (BigDecimal) r[6];
            views.add(new AssessmentView((Long) r[0], (Long) r[1], (String) r[2], (Long) r[3], (String) r[4],
                    (CriterionKind) r[5], self, (String) r[7], status,
                    Assessment.effectivePoints(status, self, (BigDecimal) r[9]), (String) r[10],
                    (BigDecimal) r[11], (String) r[12], files.getOrDefault((Long) r[0], List.of())));
        }
        return views;
    }

    private List<Object[]> rows(String query, Long blocId, int year) {
        return em.createNamedQuery(query, Object[].class).setParameter("bloc", blocId).setParameter("year", year)
                .setParameter("status", CovenantStatus.IN_FORCE).getResultList();
    }

    private List<ScoreTable.Row> rank(Long blocId, int year, List<AssessmentView> all) {
        Map<Long, List<AssessmentView>> byUnit = all.stream().collect(Collectors.groupingBy(AssessmentView::unitId));
        List<ScoreTable.UnitScore> scores = new ArrayList<>();
        for (Unit unit : blocs.memberUnits(blocId, year)) {
            List<AssessmentView> mine = byUnit.getOrDefault(unit.getId(), List.of());
            scores.add(new ScoreTable.UnitScore(unit.getId(), unit.getName(), sum(mine, CriterionKind.CRITERION),
                    sum(mine, CriterionKind.BONUS), sum(mine, CriterionKind.DEDUCTION)));
        }
        return ScoreTable.rank(scores);
    }

    private static BigDecimal sum(List<AssessmentView> assessments, CriterionKind kind) {
        return assessments.stream().filter(a -> a.criterionKind() == kind)
                .map(AssessmentView::effectivePoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Criterion scorable(Long criterionId) {
        Criterion criterion = covenants.criterion(criterionId);
        if (criterion.getCovenantVersion().getStatus() != CovenantStatus.IN_FORCE) {
            throw new InvalidInputException("error.score.covenantNotInForce");
        }
        return criterion;
    }

    private Assessment assessment(Criterion criterion, Unit unit) {
        return em.createNamedQuery(Assessment.OF_CRITERION_AND_UNIT, Assessment.class)
                .setParameter("criterion", criterion).setParameter("unit", unit).getResultList().stream().findFirst()
                .orElseGet(() -> new Assessment(criterion, unit));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
