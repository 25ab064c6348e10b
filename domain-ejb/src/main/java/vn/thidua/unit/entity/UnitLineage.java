package vn.thidua.unit.entity;

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
import java.time.LocalDate;
import java.util.Objects;

/** A link from an ended unit record to the record that succeeded it. */
@Entity
@Table(name = "unit_lineage")
@NamedQuery(name = UnitLineage.SUCCESSORS, query = "SELECT l.successor FROM UnitLineage l WHERE l.predecessor.id = :id"
        + " ORDER BY l.successor.id")
@NamedQuery(name = UnitLineage.PREDECESSOR_IDS, query = "SELECT l.predecessor.id FROM UnitLineage l"
        + " WHERE l.successor.id IN :ids")
public class UnitLineage implements Serializable {

    /** The ids of the records that the records {@code ids} succeeded (one generation back). */
    public static final String PREDECESSOR_IDS = "UnitLineage.predecessorIds";
    /** The records that succeeded the record {@code id} (one, unless it was split), oldest first. */
    public static final String SUCCESSORS = "UnitLineage.successors";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "predecessor_id", nullable = false)
    private Unit predecessor;

    @ManyToOne(optional = false)
    @JoinColumn(name = "successor_id", nullable = false)
    private Unit successor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LineageKind kind;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    protected UnitLineage() {
    }

    public UnitLineage(Unit predecessor, Unit successor, LineageKind kind, LocalDate effectiveDate) {
        this.predecessor = Objects.requireNonNull(predecessor);
        this.successor = Objects.requireNonNull(successor);
        this.kind = Objects.requireNonNull(kind);
        this.effectiveDate = Objects.requireNonNull(effectiveDate);
    }

    public Long getId() {
        return id;
    }

    public Unit getPredecessor() {
        return predecessor;
    }

    public Unit getSuccessor() {
        return successor;
    }

    public LineageKind getKind() {
        return kind;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }
}
