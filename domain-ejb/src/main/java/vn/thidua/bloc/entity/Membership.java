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
import java.util.Objects;

import vn.thidua.unit.entity.Unit;

/** A unit's membership of a bloc for one emulation year. */
@Entity
@Table(name = "membership")
@NamedQuery(name = Membership.MEMBER_UNITS, query = "SELECT m.unit FROM Membership m"
        + " WHERE m.bloc.id = :bloc AND m.year = :year ORDER BY m.unit.name")
@NamedQuery(name = Membership.MEMBER_UNITS_AMONG, query = "SELECT m.unit FROM Membership m"
        + " WHERE m.bloc.id = :bloc AND m.year = :year AND m.unit.id IN :units")
@NamedQuery(name = Membership.IS_MEMBER, query = "SELECT COUNT(m) FROM Membership m"
        + " WHERE m.bloc.id = :bloc AND m.year = :year AND m.unit.id = :unit")
@NamedQuery(name = Membership.OF_YEAR, query = "SELECT m FROM Membership m"
        + " WHERE m.bloc.id = :bloc AND m.year = :year")
@NamedQuery(name = Membership.YEARS, query = "SELECT DISTINCT m.year FROM Membership m"
        + " WHERE m.bloc.id = :bloc ORDER BY m.year DESC")
public class Membership implements Serializable {

    /** The member units of a bloc in a year (parameters {@code bloc}, {@code year}), by name. */
    public static final String MEMBER_UNITS = "Membership.memberUnits";
    /** Those of the units {@code units} that are members of {@code bloc} in {@code year}. */
    public static final String MEMBER_UNITS_AMONG = "Membership.memberUnitsAmong";
    /** Whether {@code unit} is a member of {@code bloc} in {@code year} (a count). */
    public static final String IS_MEMBER = "Membership.isMember";
    /** The memberships of {@code bloc} in {@code year}. */
    public static final String OF_YEAR = "Membership.ofYear";
    /** The years in which {@code bloc} has members, latest first. */
    public static final String YEARS = "Membership.years";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bloc_id", nullable = false)
    private Bloc bloc;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(nullable = false)
    private int year;

    protected Membership() {
    }

    public Membership(Bloc bloc, Unit unit, int year) {
        this.bloc = Objects.requireNonNull(bloc);
        this.unit = Objects.requireNonNull(unit);
        this.year = year;
    }

    /** The unit was succeeded (merge or rename): the membership passes to the successor. */
    public void passTo(Unit successor) {
        this.unit = Objects.requireNonNull(successor);
    }

    public Long getId() {
        return id;
    }

    public Bloc getBloc() {
        return bloc;
    }

    public Unit getUnit() {
        return unit;
    }

    public int getYear() {
        return year;
    }
}
