package vn.thidua.bloc.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

import vn.thidua.unit.entity.Unit;

/** A unit's membership of a bloc for one emulation year. */
@Entity
@Table(name = "membership")
public class Membership implements Serializable {

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
