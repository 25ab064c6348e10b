package vn.thidua.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** One step of a proposal's history: who did what, when, and why. */
@Entity
@Table(name = "proposal_step")
public class ProposalStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "proposal_id", nullable = false)
    private Proposal proposal;

    @Column(nullable = false, length = 20)
    private String step;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "taken_at", nullable = false)
    private LocalDateTime takenAt;

    @Column(name = "status_after", nullable = false, length = 20)
    private String statusAfter;

    @Column(length = 4000)
    private String comment;

    protected ProposalStep() {
    }

    ProposalStep(Proposal proposal, String step, String actor, LocalDateTime takenAt, String statusAfter, String comment) {
        this.proposal = Objects.requireNonNull(proposal);
        this.step = Objects.requireNonNull(step);
        this.actor = Objects.requireNonNull(actor);
        this.takenAt = Objects.requireNonNull(takenAt);
        this.statusAfter = Objects.requireNonNull(statusAfter);
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public String getStep() {
        return step;
    }

    public String getActor() {
        return actor;
    }

    public LocalDateTime getTakenAt() {
        return takenAt;
    }

    public String getStatusAfter() {
        return statusAfter;
    }

    public String getComment() {
        return comment;
    }
}
