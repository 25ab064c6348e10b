package vn.thidua.bloc.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.entity.Unit;

/**
 * The leader's powers given to the deputy for a period (both days included), with the reason
 * (issue 15, item 4). Within it the deputy acts as leader; the leader may end it early.
 */
@Entity
@Table(name = "bloc_delegation")
@NamedQuery(name = Delegation.OF_YEAR, query = "SELECT d FROM Delegation d JOIN FETCH d.leaderUnit"
        + " JOIN FETCH d.deputyUnit WHERE d.bloc.id = :bloc AND d.year = :year ORDER BY d.validFrom DESC, d.id DESC")
@NamedQuery(name = Delegation.ACTIVE_ON, query = "SELECT d FROM Delegation d JOIN FETCH d.deputyUnit"
        + " WHERE d.bloc.id = :bloc AND d.year = :year AND d.endedAt IS NULL"
        + " AND d.validFrom <= :day AND d.validTo >= :day ORDER BY d.id DESC")
public class Delegation implements Serializable {

    /** Every delegation of {@code bloc} in {@code year}, newest first, units fetched. */
    public static final String OF_YEAR = "Delegation.ofYear";
    /** The delegations of {@code bloc} in {@code year} in force on {@code day} (not ended). */
    public static final String ACTIVE_ON = "Delegation.activeOn";

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
    @JoinColumn(name = "leader_unit_id", nullable = false)
    private Unit leaderUnit;

    @ManyToOne(optional = false)
    @JoinColumn(name = "deputy_unit_id", nullable = false)
    private Unit deputyUnit;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "given_by", nullable = false, length = 100)
    private String givenBy;

    @Column(name = "given_at", nullable = false)
    private LocalDateTime givenAt;

    @Column(name = "ended_by", length = 100)
    private String endedBy;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    protected Delegation() {
    }

    /** A delegation; refused when the period is reversed or ends before {@code today}, or without a reason. */
    public Delegation(Bloc bloc, int year, Unit leaderUnit, Unit deputyUnit, LocalDate validFrom, LocalDate validTo,
                      String reason, String givenBy, LocalDateTime givenAt, LocalDate today) {
        if (validFrom == null || validTo == null || validTo.isBefore(validFrom)) {
            throw new InvalidInputException("error.delegation.period");
        }
        if (validTo.isBefore(today)) {
            throw new InvalidInputException("error.delegation.past");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("error.delegation.reasonRequired");
        }
        this.bloc = Objects.requireNonNull(bloc);
        this.year = year;
        this.leaderUnit = Objects.requireNonNull(leaderUnit);
        this.deputyUnit = Objects.requireNonNull(deputyUnit);
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.reason = reason.trim();
        this.givenBy = givenBy;
        this.givenAt = givenAt;
    }

    /** Ends the delegation now (before its last day); refused when it has already ended. */
    public void end(String by, LocalDateTime at) {
        if (endedAt != null || validTo.isBefore(at.toLocalDate())) {
            throw new InvalidInputException("error.delegation.ended");
        }
        this.endedBy = by;
        this.endedAt = at;
    }

    /** Whether the deputy acts as leader on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return endedAt == null && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** Whether its period overlaps {@code from}..{@code to} while not ended. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return endedAt == null && !from.isAfter(validTo) && !to.isBefore(validFrom);
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

    public Unit getLeaderUnit() {
        return leaderUnit;
    }

    public Unit getDeputyUnit() {
        return deputyUnit;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getReason() {
        return reason;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public LocalDateTime getGivenAt() {
        return givenAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }
}
