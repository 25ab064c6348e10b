package vn.thidua.proposal.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.entity.Unit;

/** A bloc's award proposal for a year, created as a draft from its confirmed commendation ballot. */
@Entity
@Table(name = "proposal")
@NamedQuery(name = Proposal.FOR_VIEWS, query = "SELECT DISTINCT p FROM Proposal p JOIN FETCH p.bloc"
        + " LEFT JOIN FETCH p.steps WHERE p.id IN :ids",
        hints = @QueryHint(name = "eclipselink.left-join-fetch", value = "p.nominees.unit"))
@NamedQuery(name = Proposal.IDS_OF_BLOC_YEAR, query = "SELECT p.id FROM Proposal p"
        + " WHERE p.bloc.id = :bloc AND p.year = :year ORDER BY p.id")
@NamedQuery(name = Proposal.IDS_OF_BALLOT, query = "SELECT p.id FROM Proposal p WHERE p.ballotId = :ballot ORDER BY p.id")
@NamedQuery(name = Proposal.AWAITING, query = "SELECT p FROM Proposal p JOIN FETCH p.bloc WHERE p.status IN :statuses"
        + " ORDER BY p.overdue DESC, p.dueOn, p.id")
@NamedQuery(name = Proposal.IN_STATUSES, query = "SELECT p FROM Proposal p JOIN FETCH p.bloc WHERE p.status IN :statuses"
        + " ORDER BY p.id")
@NamedQuery(name = Proposal.OVERDUE, query = "SELECT p FROM Proposal p JOIN FETCH p.bloc WHERE p.overdue = TRUE"
        + " ORDER BY p.dueOn")
@NamedQuery(name = Proposal.LATE, query = "SELECT p FROM Proposal p JOIN FETCH p.bloc WHERE p.overdue = FALSE"
        + " AND p.dueOn < :today AND p.status IN :statuses")
@NamedQuery(name = Proposal.AWAITING_CHAIR, query = "SELECT p FROM Proposal p JOIN FETCH p.bloc b JOIN b.province bp"
        + " LEFT JOIN bp.successor bs WHERE " + Province.BLOC_IN_YEAR
        + " AND p.year = :year AND p.status = 'COUNCIL_REVIEWED' AND p.submission IS NULL ORDER BY b.code, p.id")
@NamedQuery(name = Proposal.IDS_OF_SUBMISSION, query = "SELECT p.id FROM Proposal p JOIN p.bloc b"
        + " WHERE p.submission.id = :submission ORDER BY b.code, p.id")
@NamedQuery(name = Proposal.COUNT_BY_STATUS, query = "SELECT p.status, COUNT(p) FROM Proposal p GROUP BY p.status")
public class Proposal implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The proposals {@code ids} with their bloc, nominees (and their units) and steps, for views. */
    public static final String FOR_VIEWS = "Proposal.forViews";
    /** The ids of a bloc's ({@code bloc}) proposals of a {@code year}. */
    public static final String IDS_OF_BLOC_YEAR = "Proposal.idsOfBlocYear";
    /** The id of the proposal a commendation ballot ({@code ballot}) created. */
    public static final String IDS_OF_BALLOT = "Proposal.idsOfBallot";
    /** Proposals in one of {@code statuses} (names), overdue first, then by due date: the Board's inbox. */
    public static final String AWAITING = "Proposal.awaiting";
    /** Proposals in one of {@code statuses} (names), oldest first. */
    public static final String IN_STATUSES = "Proposal.inStatuses";
    /** Proposals marked overdue, by due date. */
    public static final String OVERDUE = "Proposal.overdue";
    /** Proposals in one of {@code statuses} (names) due before {@code today} and not yet marked overdue. */
    public static final String LATE = "Proposal.late";
    /**
     * The proposals of a province ({@code province}, its id) for a {@code year} that await the
     * Chair (reviewed by the Council) and are in no consolidated submission, by bloc code.
     */
    public static final String AWAITING_CHAIR = "Proposal.awaitingChair";
    /** The ids of the proposals of a consolidated submission ({@code submission}), by bloc code. */
    public static final String IDS_OF_SUBMISSION = "Proposal.idsOfSubmission";
    /** Status name and count per status. */
    public static final String COUNT_BY_STATUS = "Proposal.countByStatus";

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

    @Column(name = "checked_by", length = 100)
    private String checkedBy;

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

    @ManyToOne
    @JoinColumn(name = "submission_id")
    private ConsolidatedSubmission submission;

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

    /** The account that found the dossier complete; it may not also approve or reject it. */
    public void checkedBy(String account) {
        this.checkedBy = Objects.requireNonNull(account);
    }

    /** Whether {@code account} checked the dossier. */
    public boolean wasCheckedBy(String account) {
        return checkedBy != null && checkedBy.equals(account);
    }

    /** The Council cut a nominee. */
    public void removeNominee(Unit unit) {
        nominees.removeIf(n -> n.getUnit().getId().equals(unit.getId()));
    }

    /**
     * Gathers the proposal into the Board's consolidated submission; only a proposal that
     * awaits the Chair and is in no other submission.
     */
    public void gatherInto(ConsolidatedSubmission into) {
        if (statusValue() != ProposalStatus.COUNCIL_REVIEWED || submission != null) {
            throw new vn.thidua.shared.InvalidInputException("error.proposal.wrongState", status);
        }
        this.submission = Objects.requireNonNull(into);
    }

    /** The consolidated submission the proposal was gathered into, or null. */
    public ConsolidatedSubmission getSubmission() {
        return submission;
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

    public String getCheckedBy() {
        return checkedBy;
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
