package vn.thidua.proposal.entity;

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

import vn.thidua.unit.entity.Unit;

import vn.thidua.registry.entity.AwardKind;

/** A unit proposed for an award. */
@Entity
@Table(name = "proposal_nominee")
public class ProposalNominee implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "proposal_id", nullable = false)
    private Proposal proposal;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_kind", nullable = false, length = 24)
    private AwardKind awardKind;

    protected ProposalNominee() {
    }

    ProposalNominee(Proposal proposal, Unit unit, AwardKind awardKind) {
        this.proposal = Objects.requireNonNull(proposal);
        this.unit = Objects.requireNonNull(unit);
        this.awardKind = Objects.requireNonNull(awardKind);
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public AwardKind getAwardKind() {
        return awardKind;
    }
}
