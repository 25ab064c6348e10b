package vn.thidua.ballot.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.entity.Unit;

/**
 * A ballot held at a bloc's conference. Its rules are copied from the province's rules
 * when it opens (frozen), together with the number of members entitled to vote and, for an
 * electronic ballot, the counting committee's threshold k and the fewest ballots that may
 * be counted; it moves only forward through {@link BallotStatus}.
 */
@Entity
@Table(name = "ballot")
@NamedQuery(name = Ballot.VIEWS_BY_ID, query = Ballot.VIEW_SELECT + " WHERE b.id IN :ids ORDER BY b.id")
@NamedQuery(name = Ballot.VIEWS_OF_MEETING, query = Ballot.VIEW_SELECT + " WHERE b.meeting.id = :meeting ORDER BY b.id")
@NamedQuery(name = Ballot.OPEN_FOR_VOTING, query = "SELECT b.id, b.bloc.id, b.year FROM Ballot b"
        + " WHERE b.status = :status AND b.votingMode = :mode ORDER BY b.id")
public class Ballot implements Serializable {

    /** The columns of a ballot's view, by {@code :ids} (a list of ballot ids). */
    public static final String VIEWS_BY_ID = "Ballot.viewsById";

    /** The columns of a ballot's view for each ballot of a conference ({@code :meeting}). */
    public static final String VIEWS_OF_MEETING = "Ballot.viewsOfMeeting";

    /** Id, bloc id and year of the ballots in {@code :status} voted in {@code :mode}. */
    public static final String OPEN_FOR_VOTING = "Ballot.openForVoting";

    /** The select list the view queries share (the order the ballot area's reader expects). */
    public static final String VIEW_SELECT = "SELECT b.id, b.meeting.id, b.bloc.id, b.year, b.title, b.kind,"
            + " b.votingMode, b.status, r.id, r.title, b.entitled, b.thresholdMode, b.thresholdPercent,"
            + " b.paperIssued, b.paperReturned, b.paperInvalid, b.blankBallots FROM Ballot b LEFT JOIN b.runoffOf r";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bloc_id", nullable = false)
    private Bloc bloc;

    @Column(nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BallotKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "voting_mode", nullable = false, length = 10)
    private VotingMode votingMode;

    @Column(nullable = false, length = 300)
    private String title;

    /** The counting committee (ban kiểm phiếu) the count minutes name and that signs them: head first, one name a line. */
    @Column(name = "counting_committee", length = 2000)
    private String countingCommittee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BallotStatus status = BallotStatus.DRAFT;

    @ManyToOne
    @JoinColumn(name = "runoff_of_id")
    private Ballot runoffOf;

    private Integer entitled;

    @Column(name = "quorum_numerator")
    private Integer quorumNumerator;

    @Column(name = "quorum_denominator")
    private Integer quorumDenominator;

    @Column(name = "threshold_percent")
    private Integer thresholdPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "threshold_mode", length = 10)
    private ThresholdMode thresholdMode;

    @Column(name = "flag_needs_first")
    private Boolean flagNeedsFirst;

    @Enumerated(EnumType.STRING)
    @Column(name = "tie_resolution", length = 12)
    private TieResolution tieResolution;

    @Column(name = "paper_issued")
    private Integer paperIssued;

    @Column(name = "paper_returned")
    private Integer paperReturned;

    @Column(name = "paper_invalid")
    private Integer paperInvalid;

    @Column(name = "blank_ballots")
    private Integer blankBallots;

    @Column(name = "committee_threshold")
    private Integer committeeThreshold;

    @Column(name = "min_electronic_ballots")
    private Integer minElectronicBallots;

    @OneToMany(mappedBy = "ballot", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seat")
    private List<BallotSeat> seats = new ArrayList<>();

    @Version
    private int version;

    protected Ballot() {
    }

    public Ballot(Meeting meeting, BallotKind kind, VotingMode votingMode, String title, Ballot runoffOf) {
        this.meeting = Objects.requireNonNull(meeting);
        this.bloc = meeting.getBloc();
        this.year = meeting.getYear();
        this.kind = Objects.requireNonNull(kind);
        this.votingMode = Objects.requireNonNull(votingMode);
        this.title = Objects.requireNonNull(title);
        this.runoffOf = runoffOf;
    }

    /** Adds a seat kind with its quota; only while the ballot is a draft. */
    public BallotSeat addSeat(Seat seat, int quota) {
        requireStatus(BallotStatus.DRAFT);
        BallotSeat s = new BallotSeat(this, seat, quota);
        seats.add(s);
        return s;
    }

    /** Sets a seat's candidates (units with their rank and score of the year); only while a draft. */
    public void candidates(Seat seat, List<Unit> units, List<Integer> ranks, List<BigDecimal> scores) {
        requireStatus(BallotStatus.DRAFT);
        seat(seat).candidates(units, ranks, scores);
    }

    /**
     * Opens the ballot with the rules frozen; refused without quorum, and for an electronic
     * ballot unless its counting committee has the rules' number of members
     * ({@code committeeMembers}).
     */
    public void open(int members, int present, BallotRules rules, int committeeMembers) {
        requireStatus(BallotStatus.DRAFT);
        if (seats.stream().allMatch(s -> s.getCandidates().isEmpty())) {
            throw new InvalidInputException("error.ballot.noCandidates");
        }
        if (votingMode == VotingMode.ELECTRONIC && committeeMembers != rules.getCommitteeSize()) {
            throw new InvalidInputException("error.ballot.committeeIncomplete", committeeMembers,
                    rules.getCommitteeSize());
        }
        if ((long) present * rules.getQuorumDenominator() < (long) members * rules.getQuorumNumerator()) {
            throw new InvalidInputException("error.ballot.noQuorum", present, members,
                    rules.getQuorumNumerator() + "/" + rules.getQuorumDenominator());
        }
        entitled = members;
        quorumNumerator = rules.getQuorumNumerator();
        quorumDenominator = rules.getQuorumDenominator();
        thresholdPercent = rules.getThresholdPercent();
        thresholdMode = rules.getThresholdMode();
        flagNeedsFirst = rules.isFlagNeedsFirst();
        tieResolution = rules.getTieResolution();
        if (votingMode == VotingMode.ELECTRONIC) {
            committeeThreshold = rules.getCommitteeThreshold();
            minElectronicBallots = rules.getMinElectronicBallots();
        }
        status = BallotStatus.OPEN;
    }

    public void close() {
        requireStatus(BallotStatus.OPEN);
        status = BallotStatus.CLOSED;
    }

    /**
     * Paper counts entered by the leader: ballots issued, returned and invalid; issued
     * cannot exceed those present, returned cannot exceed issued, invalid cannot exceed returned.
     */
    public void paperCounts(int present, int issued, int returned, int invalid) {
        if (votingMode != VotingMode.PAPER) {
            throw new InvalidInputException("error.ballot.notPaper");
        }
        if (status != BallotStatus.OPEN && status != BallotStatus.CLOSED) {
            throw new InvalidInputException("error.ballot.wrongState", status);
        }
        if (issued < 0 || returned < 0 || invalid < 0) {
            throw new InvalidInputException("error.ballot.paperNegative");
        }
        if (issued > present) {
            throw new InvalidInputException("error.ballot.issuedAbovePresent", issued, present);
        }
        if (returned > issued) {
            throw new InvalidInputException("error.ballot.returnedAboveIssued", returned, issued);
        }
        if (invalid > returned) {
            throw new InvalidInputException("error.ballot.invalidAboveReturned", invalid, returned);
        }
        paperIssued = issued;
        paperReturned = returned;
        paperInvalid = invalid;
        status = BallotStatus.CLOSED;
    }

    /**
     * Counted. {@code blank} is null for an electronic ballot: only the per-candidate sums
     * are decrypted, so no one learns how many ballots were blank.
     */
    public void counted(Integer blank) {
        requireStatus(BallotStatus.CLOSED);
        blankBallots = blank;
        status = BallotStatus.COUNTED;
    }

    /**
     * Voids a closed electronic ballot that cannot be counted: fewer ballots than the
     * minimum, or a counting committee that cannot gather k shares. Nothing is decrypted.
     */
    public void voidBallot() {
        if (votingMode != VotingMode.ELECTRONIC) {
            throw new InvalidInputException("error.ballot.notElectronic");
        }
        requireStatus(BallotStatus.CLOSED);
        status = BallotStatus.VOIDED;
    }

    /** Whether this electronic ballot holds fewer ballots than may be counted. */
    public boolean tooFewToCount(int ballotsCast) {
        return votingMode == VotingMode.ELECTRONIC && ballotsCast < minimumBallots();
    }

    /** The fewest electronic ballots this ballot may be counted with (frozen at opening, never below 2). */
    public int minimumBallots() {
        return Math.max(BallotRules.MIN_ELECTRONIC_BALLOTS, minElectronicBallots == null ? 0 : minElectronicBallots);
    }

    public void confirm() {
        requireStatus(BallotStatus.COUNTED);
        status = BallotStatus.CONFIRMED;
    }

    /** The most members of a counting committee, and the longest name. */
    public static final int COMMITTEE_MAX = 15;
    public static final int COMMITTEE_NAME_MAX = 100;

    /**
     * Records the counting committee (ban kiểm phiếu): one to {@value #COMMITTEE_MAX} names,
     * head first, each at most {@value #COMMITTEE_NAME_MAX} characters and given once;
     * refused once the result is confirmed (its minutes are issued).
     */
    public void countingCommittee(List<String> names) {
        if (status == BallotStatus.CONFIRMED) {
            throw new InvalidInputException("error.ballot.wrongState", status);
        }
        List<String> given = names.stream().filter(java.util.Objects::nonNull).map(String::trim)
                .filter(n -> !n.isEmpty()).toList();
        if (given.isEmpty() || given.size() > COMMITTEE_MAX) {
            throw new InvalidInputException("error.ballot.committeeSize", COMMITTEE_MAX);
        }
        if (given.stream().anyMatch(n -> n.length() > COMMITTEE_NAME_MAX || n.contains("\n") || n.contains("\r"))) {
            throw new InvalidInputException("error.ballot.committeeName", COMMITTEE_NAME_MAX);
        }
        if (given.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).distinct().count() < given.size()) {
            throw new InvalidInputException("error.ballot.committeeTwice");
        }
        countingCommittee = String.join("\n", given);
    }

    /** The counting committee's members, head first; empty when none was recorded. */
    public List<String> countingCommitteeMembers() {
        return countingCommittee == null || countingCommittee.isBlank() ? List.of()
                : List.of(countingCommittee.split("\n"));
    }

    public void requireStatus(BallotStatus expected) {
        if (status != expected) {
            throw new InvalidInputException("error.ballot.wrongState", status);
        }
    }

    public BallotSeat seat(Seat seat) {
        return seats.stream().filter(s -> s.getSeat() == seat).findFirst()
                .orElseThrow(() -> new InvalidInputException("error.ballot.noSuchSeat", seat));
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Bloc getBloc() {
        return bloc;
    }

    public int getYear() {
        return year;
    }

    public BallotKind getKind() {
        return kind;
    }

    public VotingMode getVotingMode() {
        return votingMode;
    }

    public String getTitle() {
        return title;
    }

    public BallotStatus getStatus() {
        return status;
    }

    public Ballot getRunoffOf() {
        return runoffOf;
    }

    public Integer getEntitled() {
        return entitled;
    }

    public Integer getQuorumNumerator() {
        return quorumNumerator;
    }

    public Integer getQuorumDenominator() {
        return quorumDenominator;
    }

    public Integer getThresholdPercent() {
        return thresholdPercent;
    }

    public ThresholdMode getThresholdMode() {
        return thresholdMode;
    }

    public Boolean getFlagNeedsFirst() {
        return flagNeedsFirst;
    }

    public TieResolution getTieResolution() {
        return tieResolution;
    }

    public Integer getPaperIssued() {
        return paperIssued;
    }

    public Integer getPaperReturned() {
        return paperReturned;
    }

    public Integer getPaperInvalid() {
        return paperInvalid;
    }

    public Integer getBlankBallots() {
        return blankBallots;
    }

    public Integer getCommitteeThreshold() {
        return committeeThreshold;
    }

    public Integer getMinElectronicBallots() {
        return minElectronicBallots;
    }

    public List<BallotSeat> getSeats() {
        return List.copyOf(seats);
    }

    public int getVersion() {
        return version;
    }
}
