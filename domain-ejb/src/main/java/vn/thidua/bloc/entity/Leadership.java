package vn.thidua.bloc.entity;

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
import java.util.Objects;

import vn.thidua.unit.entity.Unit;

/** The unit that leads (or deputises in) a bloc for one year. */
@Entity
@Table(name = "leadership")
@NamedQuery(name = Leadership.HOLDS_ROLE, query = "SELECT COUNT(l) FROM Leadership l"
        + " WHERE l.bloc.id = :bloc AND l.year = :year AND l.unit.id IN :units AND l.role IN :roles")
@NamedQuery(name = Leadership.OF_YEAR, query = "SELECT l FROM Leadership l"
        + " WHERE l.bloc.id = :bloc AND l.year = :year")
@NamedQuery(name = Leadership.UNIT_IN_ROLE, query = "SELECT l.unit FROM Leadership l"
        + " WHERE l.bloc.id = :bloc AND l.year = :year AND l.role = :role")
public class Leadership implements Serializable {

    /** Whether one of {@code units} holds one of {@code roles} in {@code bloc} in {@code year} (a count). */
    public static final String HOLDS_ROLE = "Leadership.holdsRole";
    /** The leader and deputy of {@code bloc} in {@code year}. */
    public static final String OF_YEAR = "Leadership.ofYear";
    /** The unit holding {@code role} in {@code bloc} in {@code year} (none or one). */
    public static final String UNIT_IN_ROLE = "Leadership.unitInRole";

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LeadershipRole role;

    protected Leadership() {
    }

    public Leadership(Bloc bloc, int year, LeadershipRole role, Unit unit) {
        this.bloc = Objects.requireNonNull(bloc);
        this.year = year;
        this.role = Objects.requireNonNull(role);
        this.unit = Objects.requireNonNull(unit);
    }

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

    public LeadershipRole getRole() {
        return role;
    }
}
