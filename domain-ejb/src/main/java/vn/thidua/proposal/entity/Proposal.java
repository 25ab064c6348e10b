package vn.thidua.proposal.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.unit.entity.Unit;

import vn.thidua.registry.entity.AwardKind;

/** A bloc's award proposal for a year, created as a draft from its confirmed commendation ballot. */
@Entity
@Table(name = "proposal")
public class Proposal implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String DRAFT = ProposalStatus.DRAFT.name();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bloc_id", nullable = false)
    private Bloc bloc;

    @Column(nullable = false)
    private int year;

    @Column(name = "ballot_id", nullable = false)
    private Long ballotId;

    @Column(nullable = false, length = 20)
    private String status = DRAFT;

    @Column(length = 60)
    private String number;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "due_on")
    private java.time.LocalDate dueOn;

    @Column(nullable = false)
    private boolean overdue;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL)
    @jakarta.persistence.OrderBy("id")
    private List<ProposalStep> steps = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ProposalNominee> nominees = new ArrayList<>();

    @Version
    private int version;

    protected Proposal() {
    }

    public Proposal(Bloc bloc, int year, Long ballotId, LocalDateTime createdAt) {
        this.bloc = Objects.requireNonNull(bloc);
        this.year = year;
        this.ballotId = Objects.requireNonNull(ballotId);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void nominate(Unit unit, AwardKind kind) {
        nominees.add(new ProposalNominee(this, unit, kind));
    }

    /**
     * Moves the proposal along the chain, recording the step; refused when the proposal is
     * not in one of the states the step starts from.
     */
    public ProposalStep move(String step, ProposalStatus to, String actor, LocalDateTime at, String comment,
                             ProposalStatus... from) {
        ProposalStatus now = ProposalStatus.valueOf(status);
        if (java.util.Arrays.stream(from).noneMatch(f -> f == now)) {
            throw new vn.thidua.shared.InvalidInputException("error.proposal.wrongState", now.name());
        }
        status = to.name();
        ProposalStep taken = new ProposalStep(this, step, actor, at, to.name(), comment);
        steps.add(taken);
        return taken;
    }

    public void submitted(String number, String by, LocalDateTime at, java.time.LocalDate dueOn) {
        this.number = number;
        this.submittedBy = by;
        this.submittedAt = at;
        this.dueOn = dueOn;
        this.overdue = false;
    }

    /** The Council cut a nominee. */
    public void removeNominee(Unit unit) {
        nominees.removeIf(n -> n.getUnit().getId().equals(unit.getId()));
    }

    public void markOverdue() {
        overdue = true;
    }

    public ProposalStatus statusValue() {
        return ProposalStatus.valueOf(status);
    }

    public String getNumber() {
        return number;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public java.time.LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public List<ProposalStep> getSteps() {
        return List.copyOf(steps);
    }

    public int getVersion() {
        return version;
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

    public Long getBallotId() {
        return ballotId;
    }

    public String getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public List<ProposalNominee> getNominees() {
        return List.copyOf(nominees);
    }
}
