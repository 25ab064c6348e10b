package vn.thidua.activity.entity;

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

/** What one member unit gives to a joint activity, in VND. */
@Entity
@Table(name = "activity_contribution")
public class Contribution implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "activity_id", nullable = false)
    private JointActivity activity;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(nullable = false)
    private long amount;

    protected Contribution() {
    }

    Contribution(JointActivity activity, Unit unit, long amount) {
        this.activity = Objects.requireNonNull(activity);
        this.unit = Objects.requireNonNull(unit);
        this.amount = amount;
    }

    void changeAmount(long amount) {
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public long getAmount() {
        return amount;
    }
}
