package vn.thidua.scoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.entity.Unit;

/**
 * The peer cross-check of one member's self-scores in a year (issue 15, item 3): which member
 * checks them (assigned by the leader), when the checker proposed its points, and who
 * finalised them, each step naming the delegation it was taken under, if any.
 */
@Entity
@Table(name = "cross_check")
@NamedQuery(name = CrossCheck.OF_YEAR, query = "SELECT x FROM CrossCheck x JOIN FETCH x.unit JOIN FETCH x.checkerUnit"
        + " WHERE x.bloc.id = :bloc AND x.year = :year ORDER BY x.unit.name")
@NamedQuery(name = CrossCheck.OF_UNIT, query = "SELECT x FROM CrossCheck x"
        + " WHERE x.bloc.id = :bloc AND x.year = :year AND x.unit.id = :unit")
public class CrossCheck implements Serializable {

    /** Every cross-check of {@code bloc} in {@code year}, by the checked unit's name, units fetched. */
    public static final String OF_YEAR = "CrossCheck.ofYear";
    /** The cross-check of {@code unit}'s scores in {@code bloc} and {@code year} (none or one). */
    public static final String OF_UNIT = "CrossCheck.ofUnit";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bloc_id", nullable = false)
    private Bloc bloc;

    @Column(nullable = false)
    private int year;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @ManyToOne(optional = false)
    @JoinColumn(name = "checker_unit_id", nullable = false)
    private Unit checkerUnit;

    @Column(name = "assigned_by", nullable = false, length = 100)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private LocalDateTime assignedAt;

    @Column(name = "assigned_delegation_id")
    private Long assignedDelegationId;

    @Column(name = "checked_by", length = 100)
    private String checkedBy;

    @Column(name = "checked_at")
    private LocalDateTime checkedAt;

    @Column(name = "finalised_by", length = 100)
    private String finalisedBy;

    @Column(name = "finalised_at")
    private LocalDateTime finalisedAt;

    @Column(name = "finalised_delegation_id")
    private Long finalisedDelegationId;

    @Version
    private int version;

    protected CrossCheck() {
    }

    public CrossCheck(Bloc bloc, int year, Unit unit) {
        this.bloc = Objects.requireNonNull(bloc);
        this.year = year;
        this.unit = Objects.requireNonNull(unit);
    }

    /**
     * Names the checker; refused for the unit itself, and, once the checker has proposed its
     * points, for another checker (the proposal stands).
     */
    public void assign(Unit checker, String by, LocalDateTime at, Long delegationId) {
        if (checker.getId().equals(unit.getId())) {
            throw new InvalidInputException("error.crossCheck.self", unit.getName());
        }
        if (checkedAt != null && !checker.getId().equals(checkerUnit.getId())) {
            throw new InvalidInputException("error.crossCheck.alreadyChecked", unit.getName());
        }
        this.checkerUnit = checker;
        this.assignedBy = by;
        this.assignedAt = at;
        this.assignedDelegationId = delegationId;
    }

    /** The checker has proposed its points; refused once finalised. */
    public void checked(String by, LocalDateTime at) {
        requireOpen();
        this.checkedBy = by;
        this.checkedAt = at;
    }

    /** The final points are settled; refused before the checker proposed, and a second time. */
    public void finalise(String by, LocalDateTime at, Long delegationId) {
        requireOpen();
        if (checkedAt == null) {
            throw new InvalidInputException("error.crossCheck.notChecked", unit.getName());
        }
        this.finalisedBy = by;
        this.finalisedAt = at;
        this.finalisedDelegationId = delegationId;
    }

    private void requireOpen() {
        if (finalisedAt != null) {
            throw new InvalidInputException("error.crossCheck.finalised", unit.getName());
        }
    }

    public Long getId() {
        return id;
    }

    public Bloc getBloc() {
        return bloc;
    }

    public int getYear() {
        return year;
    }

    public Unit getUnit() {
        return unit;
    }

    public Unit getCheckerUnit() {
        return checkerUnit;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Long getAssignedDelegationId() {
        return assignedDelegationId;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public LocalDateTime getCheckedAt() {
        return checkedAt;
    }

    public String getFinalisedBy() {
        return finalisedBy;
    }

    public LocalDateTime getFinalisedAt() {
        return finalisedAt;
    }

    public Long getFinalisedDelegationId() {
        return finalisedDelegationId;
    }
}
