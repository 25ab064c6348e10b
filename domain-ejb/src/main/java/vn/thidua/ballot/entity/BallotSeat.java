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

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.thidua.unit.entity.Unit;

/** One seat kind of a ballot with its quota (how many may be chosen) and candidates. */
@Entity
@Table(name = "ballot_seat")
@NamedQuery(name = BallotSeat.VIEW_ROWS, query = "SELECT s.ballot.id, s.seat, s.quota, c.id, u.id, u.code, u.name,"
        + " c.scoreRank, c.score, c.votes, c.passed, c.elected, c.outcome FROM BallotSeat s LEFT JOIN s.candidates c"
        + " LEFT JOIN c.unit u WHERE s.ballot.id IN :ids ORDER BY s.ballot.id, s.seat, u.name, c.id")
@NamedQuery(name = BallotSeat.MARKABLE, query = "SELECT s.seat, s.quota, c.id FROM BallotSeat s"
        + " LEFT JOIN s.candidates c WHERE s.ballot.id = :ballot")
public class BallotSeat implements Serializable {

    /**
     * One row per candidate (or per seat without candidates) of the ballots {@code :ids}:
     * ballot id, seat, quota, candidate id, unit id, code and name, rank, score, votes,
     * passed, elected, outcome; seats in the order of {@code @OrderBy("seat")}, candidates by unit name
     * (a stable order for people: candidate ids follow the order EclipseLink inserted them in).
     */
    public static final String VIEW_ROWS = "BallotSeat.viewRows";

    /** Seat, quota and candidate id of one ballot ({@code :ballot}): what a vote may mark. */
    public static final String MARKABLE = "BallotSeat.markable";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ballot_id", nullable = false)
    private Ballot ballot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Seat seat;

    @Column(nullable = false)
    private int quota;

    @OneToMany(mappedBy = "seat", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<BallotCandidate> candidates = new ArrayList<>();

    protected BallotSeat() {
    }

    BallotSeat(Ballot ballot, Seat seat, int quota) {
        this.ballot = Objects.requireNonNull(ballot);
        this.seat = Objects.requireNonNull(seat);
        this.quota = quota;
    }

    /** Replaces the candidates; units already standing keep their row (the database allows a unit once per seat). */
    void candidates(List<Unit> units, List<Integer> ranks, List<BigDecimal> scores) {
        List<Long> wanted = units.stream().map(Unit::getId).toList();
        candidates.removeIf(c -> !wanted.contains(c.getUnit().getId()));
        for (int i = 0; i < units.size(); i++) {
            Long unitId = units.get(i).getId();
            if (candidates.stream().noneMatch(c -> c.getUnit().getId().equals(unitId))) {
                candidates.add(new BallotCandidate(this, units.get(i), ranks.get(i), scores.get(i)));
            }
        }
    }

    public Long getId() {
        return id;
    }

    public Ballot getBallot() {
        return ballot;
    }

    public Seat getSeat() {
        return seat;
    }

    public int getQuota() {
        return quota;
    }

    public List<BallotCandidate> getCandidates() {
        return List.copyOf(candidates);
    }
}
