package vn.thidua.covenant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import vn.thidua.shared.InvalidInputException;

/** One item of a covenant version's score scale, with its maximum points. */
@Entity
@Table(name = "criterion")
@NamedQuery(name = Criterion.ROWS_OF_YEAR, query = "SELECT c.covenantVersion.id, c.id, c.position, c.kind, c.title,"
        + " c.maxPoints, c.evidenceRequired FROM Criterion c"
        + " WHERE c.covenantVersion.bloc.id = :bloc AND c.covenantVersion.year = :year ORDER BY c.position")
public class Criterion implements Serializable {

    /**
     * The items of every covenant version of {@code bloc} in {@code year}, by position, as
     * rows: version id, id, position, kind, title, maximum points, evidence required.
     */
    public static final String ROWS_OF_YEAR = "Criterion.rowsOfYear";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "covenant_version_id", nullable = false)
    private CovenantVersion covenantVersion;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CriterionKind kind;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "max_points", nullable = false, precision = 7, scale = 2)
    private BigDecimal maxPoints;

    @Column(name = "evidence_required", nullable = false)
    private boolean evidenceRequired;

    protected Criterion() {
    }

    Criterion(CovenantVersion covenantVersion, int position, CriterionKind kind, String title, BigDecimal maxPoints,
              boolean evidenceRequired) {
        this.covenantVersion = Objects.requireNonNull(covenantVersion);
        this.position = position;
        redefine(kind, title, maxPoints, evidenceRequired);
    }

    /** Sets what this item of a draft says, keeping its place in the scale. */
    void redefine(CriterionKind kind, String title, BigDecimal maxPoints, boolean evidenceRequired) {
        if (maxPoints == null || maxPoints.signum() <= 0) {
            throw new InvalidInputException("error.criterion.maxPoints", title);
        }
        this.kind = Objects.requireNonNull(kind);
        this.title = Objects.requireNonNull(title);
        this.maxPoints = maxPoints;
        this.evidenceRequired = evidenceRequired;
    }

    /**
     * Checks points given for this item: from zero up to the maximum, in hundredths at most (the
     * column keeps two decimals: 1.005 would be stored rounded, silently).
     */
    public void checkPoints(BigDecimal points) {
        if (points == null || points.signum() < 0) {
            throw new InvalidInputException("error.score.negative", title);
        }
        if (points.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("error.score.hundredths", title);
        }
        if (points.compareTo(maxPoints) > 0) {
            throw new InvalidInputException("error.score.aboveMax", title, maxPoints.stripTrailingZeros().toPlainString());
        }
    }

    public Long getId() {
        return id;
    }

    public CovenantVersion getCovenantVersion() {
        return covenantVersion;
    }

    public int getPosition() {
        return position;
    }

    public CriterionKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }
}
