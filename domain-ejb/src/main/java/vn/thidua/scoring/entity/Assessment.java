package vn.thidua.scoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.thidua.covenant.entity.Criterion;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.file.entity.StoredFile;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.entity.Unit;

/** A unit's points on one item of the covenant: its own score and the leader's review. */
@Entity
@Table(name = "assessment")
@NamedQuery(name = Assessment.ROWS_IN_FORCE, query = "SELECT a.id, u.id, u.name, c.id, c.title, c.kind,"
        + " a.selfPoints, a.evidence, a.status, a.reviewedPoints, a.reviewReason, a.proposedPoints, a.proposalReason"
        + " FROM Assessment a"
        + " JOIN a.unit u JOIN a.criterion c WHERE c.covenantVersion.bloc.id = :bloc"
        + " AND c.covenantVersion.year = :year AND c.covenantVersion.status = :status ORDER BY u.name, c.position")
@NamedQuery(name = Assessment.FILES_IN_FORCE, query = "SELECT a.id, f.id, f.fileName, f.contentType"
        + " FROM Assessment a JOIN a.files f WHERE a.criterion.covenantVersion.bloc.id = :bloc"
        + " AND a.criterion.covenantVersion.year = :year AND a.criterion.covenantVersion.status = :status"
        + " ORDER BY f.id")
@NamedQuery(name = Assessment.OF_CRITERION_AND_UNIT, query = "SELECT a FROM Assessment a"
        + " WHERE a.criterion = :criterion AND a.unit = :unit")
@NamedQuery(name = Assessment.OF_UNIT_IN_FORCE, query = "SELECT a FROM Assessment a JOIN a.criterion c"
        + " WHERE a.unit.id = :unit AND c.covenantVersion.bloc.id = :bloc AND c.covenantVersion.year = :year"
        + " AND c.covenantVersion.status = :status AND c.kind = :kind AND a.status IS NOT NULL ORDER BY c.position")
@NamedQuery(name = Assessment.HAS_FILE, query = "SELECT COUNT(a) FROM Assessment a JOIN a.files f"
        + " WHERE a.id = :assessment AND f.id = :file")
public class Assessment implements Serializable {

    /**
     * The scores of {@code bloc}'s covenant version of {@code year} in {@code status} (the one
     * in force), by unit name and criterion position, as rows: id, unit id, unit name,
     * criterion id, title, kind, self points, evidence, status, reviewed points, review reason,
     * the cross-checker's proposed points and its reason.
     */
    public static final String ROWS_IN_FORCE = "Assessment.rowsInForce";
    /** The evidence files of the same scores, as rows: assessment id, file id, file name, content type. */
    public static final String FILES_IN_FORCE = "Assessment.filesInForce";
    /** A unit's score on one criterion ({@code criterion}, {@code unit}), if it has one. */
    public static final String OF_CRITERION_AND_UNIT = "Assessment.ofCriterionAndUnit";
    /**
     * A unit's scored criteria ({@code kind} CRITERION) of {@code bloc}'s covenant of {@code year} in
     * {@code status}, by position: what its cross-checker proposes on and its finalisation settles.
     */
    public static final String OF_UNIT_IN_FORCE = "Assessment.ofUnitInForce";
    /** Whether {@code file} is an evidence file of {@code assessment} (a count). */
    public static final String HAS_FILE = "Assessment.hasFile";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "criterion_id", nullable = false)
    private Criterion criterion;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "self_points", precision = 7, scale = 2)
    private BigDecimal selfPoints;

    @Column(length = 4000)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AssessmentStatus status;

    @Column(name = "reviewed_points", precision = 7, scale = 2)
    private BigDecimal reviewedPoints;

    @Column(name = "review_reason", length = 1000)
    private String reviewReason;

    @Column(name = "proposed_points", precision = 7, scale = 2)
    private BigDecimal proposedPoints;

    @Column(name = "proposal_reason", length = 1000)
    private String proposalReason;

    @Column(name = "scored_by", nullable = false, length = 100)
    private String scoredBy;

    @Column(name = "scored_at", nullable = false)
    private LocalDateTime scoredAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    @ManyToMany
    @JoinTable(name = "assessment_file", joinColumns = @JoinColumn(name = "assessment_id"),
            inverseJoinColumns = @JoinColumn(name = "file_id"))
    private List<StoredFile> files = new ArrayList<>();

    @Version
    private int version;

    protected Assessment() {
    }

    public Assessment(Criterion criterion, Unit unit) {
        this.criterion = Objects.requireNonNull(criterion);
        this.unit = Objects.requireNonNull(unit);
    }

    /** The unit's own score; refused once the leader has reviewed it. */
    public void selfScore(BigDecimal points, String evidence, String by, LocalDateTime at) {
        if (criterion.getKind() != CriterionKind.CRITERION) {
            throw new InvalidInputException("error.score.leaderItem", criterion.getTitle());
        }
        if (status == AssessmentStatus.ACCEPTED || status == AssessmentStatus.ADJUSTED) {
            throw new InvalidInputException("error.score.reviewed", criterion.getTitle());
        }
        criterion.checkPoints(points);
        String text = evidence == null ? null : evidence.trim();
        if (criterion.isEvidenceRequired() && (text == null || text.isEmpty())) {
            throw new InvalidInputException("error.score.evidenceRequired", criterion.getTitle());
        }
        this.selfPoints = points;
        this.evidence = text;
        this.status = AssessmentStatus.SUBMITTED;
        this.scoredBy = by;
        this.scoredAt = at;
    }

    /** The leader's review: accept the unit's points ({@code adjusted} null) or set others with a reason. */
    public void review(BigDecimal adjusted, String reason, String by, LocalDateTime at) {
        if (status == null) {
            throw new InvalidInputException("error.score.notSubmitted");
        }
        if (adjusted == null) {
            status = AssessmentStatus.ACCEPTED;
            reviewedPoints = null;
        } else {
            criterion.checkPoints(adjusted);
            requireReason(reason);
            status = AssessmentStatus.ADJUSTED;
            reviewedPoints = adjusted;
        }
        reviewReason = reason == null || reason.isBlank() ? null : reason.trim();
        reviewedBy = by;
        reviewedAt = at;
    }

    /**
     * The cross-checker's points for this score (issue 15, item 3): refused before the unit
     * scored itself and once finalised; a change from the unit's own points needs a reason.
     */
    public void proposeCrossCheck(BigDecimal points, String reason) {
        if (status == null) {
            throw new InvalidInputException("error.score.notSubmitted");
        }
        if (status != AssessmentStatus.SUBMITTED) {
            throw new InvalidInputException("error.crossCheck.finalised", unit.getName());
        }
        criterion.checkPoints(points);
        String text = reason == null || reason.isBlank() ? null : reason.trim();
        if (points.compareTo(selfPoints) != 0 && text == null) {
            throw new InvalidInputException("error.crossCheck.reasonRequired", criterion.getTitle());
        }
        proposedPoints = points;
        proposalReason = text;
    }

    /**
     * Settles the final points after the cross-check: the cross-checker's points when they
     * differ from the unit's own (with the cross-checker's reason), else the unit's own.
     */
    public void finalise(String by, LocalDateTime at) {
        if (status == null) {
            throw new InvalidInputException("error.score.notSubmitted");
        }
        if (proposedPoints != null && proposedPoints.compareTo(selfPoints) != 0) {
            status = AssessmentStatus.ADJUSTED;
            reviewedPoints = proposedPoints;
            reviewReason = proposalReason;
        } else {
            status = AssessmentStatus.ACCEPTED;
            reviewedPoints = null;
            reviewReason = null;
        }
        reviewedBy = by;
        reviewedAt = at;
    }

    /** A bonus or deduction the leader gives, with its reason. */
    public void award(BigDecimal points, String reason, String by, LocalDateTime at) {
        if (criterion.getKind() == CriterionKind.CRITERION) {
            throw new InvalidInputException("error.score.notLeaderItem", criterion.getTitle());
        }
        criterion.checkPoints(points);
        requireReason(reason);
        status = AssessmentStatus.ADJUSTED;
        reviewedPoints = points;
        reviewReason = reason.trim();
        scoredBy = by;
        scoredAt = at;
        reviewedBy = by;
        reviewedAt = at;
    }

    public void attach(StoredFile file) {
        files.add(file);
    }

    /** The points that count: the leader's when adjusted, else the unit's own. */
    public BigDecimal effectivePoints() {
        return effectivePoints(status, selfPoints, reviewedPoints);
    }

    /** The rule of {@link #effectivePoints()} for a score read as a row. */
    public static BigDecimal effectivePoints(AssessmentStatus status, BigDecimal selfPoints, BigDecimal reviewedPoints) {
        if (status == AssessmentStatus.ADJUSTED) {
            return reviewedPoints;
        }
        return selfPoints == null ? BigDecimal.ZERO : selfPoints;
    }

    private void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("error.score.reasonRequired", criterion.getTitle());
        }
    }

    public Long getId() {
        return id;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public Unit getUnit() {
        return unit;
    }

    public BigDecimal getSelfPoints() {
        return selfPoints;
    }

    public String getEvidence() {
        return evidence;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public BigDecimal getReviewedPoints() {
        return reviewedPoints;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public BigDecimal getProposedPoints() {
        return proposedPoints;
    }

    public String getProposalReason() {
        return proposalReason;
    }

    public String getScoredBy() {
        return scoredBy;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public List<StoredFile> getFiles() {
        return List.copyOf(files);
    }

    public int getVersion() {
        return version;
    }
}
