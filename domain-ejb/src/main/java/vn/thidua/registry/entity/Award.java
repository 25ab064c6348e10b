package vn.thidua.registry.entity;

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

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.entity.Unit;

/** An award granted to a unit record by a decision, for a bloc's year. */
@Entity
@Table(name = "award")
@NamedQuery(name = Award.SEARCH, query = "SELECT NEW vn.thidua.registry.service.AwardView(a.id, a.year, u.id, u.code,"
        + " u.name, a.kind, b.id, b.name, d.number, d.decidedOn, f.signedBy, f.signedAt) FROM Award a JOIN a.unit u"
        + " JOIN a.bloc b JOIN a.decision d LEFT JOIN d.file f"
        + " WHERE (:like IS NULL OR LOWER(u.name) LIKE :like OR u.id IN :lineage) AND (:bloc IS NULL OR b.id = :bloc)"
        + " AND (:year IS NULL OR a.year = :year) AND (:kind IS NULL OR a.kind = :kind)"
        + " AND (:number IS NULL OR d.number = :number) ORDER BY a.year DESC, a.kind, u.name")
@NamedQuery(name = Award.OF_UNITS, query = "SELECT NEW vn.thidua.registry.service.AwardView(a.id, a.year, u.id, u.code,"
        + " u.name, a.kind, b.id, b.name, d.number, d.decidedOn, f.signedBy, f.signedAt) FROM Award a JOIN a.unit u"
        + " JOIN a.bloc b JOIN a.decision d LEFT JOIN d.file f"
        + " WHERE u.id IN :ids ORDER BY a.year DESC, a.kind")
@NamedQuery(name = Award.NATIONAL, query = "SELECT NEW vn.thidua.registry.internal.NationalRow(a.id, d.number, d.decidedOn,"
        + " d.signer, a.kind, u.code, u.name, b.code, b.name, a.year, dp.name) FROM Award a JOIN a.unit u JOIN a.bloc b"
        + " JOIN b.province bp LEFT JOIN bp.successor bs JOIN a.decision d JOIN d.province dp WHERE "
        + Province.BLOC_IN_YEAR + " AND a.year = :year"
        + " ORDER BY d.decidedOn, d.number, u.code, a.kind, a.id")
@NamedQuery(name = Award.NATIONAL_COUNT, query = "SELECT COUNT(a) FROM Award a JOIN a.bloc b JOIN b.province bp"
        + " LEFT JOIN bp.successor bs WHERE " + Province.BLOC_IN_YEAR + " AND a.year = :year")
public class Award implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Awards as pages show them, matching every filter given (a null parameter filters
     * nothing): {@code like} (lower-case pattern on the unit's name) or {@code lineage} (ids of
     * unit records the text reaches across lineages; never empty), {@code bloc},
     * {@code year}, {@code kind}, {@code number} (the decision's); newest year first.
     */
    public static final String SEARCH = "Award.search";
    /** Awards as pages show them, granted to any of the unit records {@code ids}; newest year first. */
    public static final String OF_UNITS = "Award.ofUnits";
    /**
     * The national export's rows: the awards of a year ({@code year}) to members of blocs of a
     * province ({@code province}, its code), in a stable order: decision date, decision number,
     * unit code, kind, award id.
     */
    public static final String NATIONAL = "Award.national";
    /** How many rows {@link #NATIONAL} has for {@code province} and {@code year}. */
    public static final String NATIONAL_COUNT = "Award.nationalCount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "decision_id", nullable = false)
    private AwardDecision decision;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bloc_id", nullable = false)
    private Bloc bloc;

    @Column(nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private AwardKind kind;

    protected Award() {
    }

    public Award(AwardDecision decision, Unit unit, Bloc bloc, int year, AwardKind kind) {
        this.decision = Objects.requireNonNull(decision);
        this.unit = Objects.requireNonNull(unit);
        this.bloc = Objects.requireNonNull(bloc);
        this.year = year;
        this.kind = Objects.requireNonNull(kind);
    }

    public Long getId() {
        return id;
    }

    public AwardDecision getDecision() {
        return decision;
    }

    public Unit getUnit() {
        return unit;
    }

    public Bloc getBloc() {
        return bloc;
    }

    public int getYear() {
        return year;
    }

    public AwardKind getKind() {
        return kind;
    }
}
