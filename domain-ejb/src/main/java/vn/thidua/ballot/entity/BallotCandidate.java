package vn.thidua.ballot.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import vn.thidua.unit.entity.Unit;

/** A member unit standing for one seat kind of a ballot, with its counted result. */
@Entity
@Table(name = "ballot_candidate")
public class BallotCandidate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "seat_id", nullable = false)
    private BallotSeat seat;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "score_rank")
    private Integer scoreRank;

    @Column(precision = 8, scale = 2)
    private BigDecimal score;

    @Column(name = "paper_votes")
    private Integer paperVotes;

    private Integer votes;
    private Boolean passed;
    private Boolean elected;

    @Column(length = 30)
    private String outcome;

    protected BallotCandidate() {
    }

    BallotCandidate(BallotSeat seat, Unit unit, Integer scoreRank, BigDecimal score) {
        this.seat = Objects.requireNonNull(seat);
        this.unit = Objects.requireNonNull(unit);
        this.scoreRank = scoreRank;
        this.score = score;
    }

    public void paperVotes(int votes) {
        this.paperVotes = votes;
    }

    public void result(int votes, boolean passed, boolean elected, String outcome) {
        this.votes = votes;
        this.passed = passed;
        this.elected = elected;
        this.outcome = outcome;
    }

    public Long getId() {
        return id;
    }

    public BallotSeat getSeat() {
        return seat;
    }

    public Unit getUnit() {
        return unit;
    }

    public Integer getScoreRank() {
        return scoreRank;
    }

    public BigDecimal getScore() {
        return score;
    }

    public Integer getPaperVotes() {
        return paperVotes;
    }

    public Integer getVotes() {
        return votes;
    }

    public Boolean getPassed() {
        return passed;
    }

    public Boolean getElected() {
        return elected;
    }

    public String getOutcome() {
        return outcome;
    }
}
