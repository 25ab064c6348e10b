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
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.unit.entity.Unit;

/** An award granted to a unit record by a decision, for a bloc's year. */
@Entity
@Table(name = "award")
public class Award implements Serializable {

    private static final long serialVersionUID = 1L;

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
