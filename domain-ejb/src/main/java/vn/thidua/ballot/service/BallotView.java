package vn.thidua.ballot.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.ThresholdMode;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.shared.InvalidInputException;

/**
 * A ballot as pages, the API and other areas read it: its state, the rules frozen when it
 * opened, the paper counts, and its seats with their candidates and (once counted) their
 * results. {@code present} is the number of member units recorded present, the base of
 * every share. Built by {@link BallotQueryService} with one query per section; never a
 * choice of any voter.
 */
public record BallotView(Long id, Long meetingId, Long blocId, int year, String title, BallotKind kind,
                         VotingMode votingMode, BallotStatus status, Long runoffOfId, String runoffOfTitle,
                         int present, Integer entitled, ThresholdMode thresholdMode, Integer thresholdPercent,
                         Integer paperIssued, Integer paperReturned, Integer paperInvalid, Integer blankBallots,
                         List<SeatView> seats) implements Serializable {

    public BallotView {
        seats = List.copyOf(seats);
    }

    /** One seat kind with its quota and candidates (by id, the order they were put up). */
    public record SeatView(Seat seat, int quota, List<CandidateView> candidates) implements Serializable {

        public SeatView {
            candidates = List.copyOf(candidates);
        }

        public Seat getSeat() {
            return seat;
        }

        public int getQuota() {
            return quota;
        }

        public List<CandidateView> getCandidates() {
            return candidates;
        }
    }

    /**
     * A candidate: the unit standing, its rank and score of the year when it was put up,
     * and after the count its votes, share of the present members' ballots, whether it
     * passed the threshold and was elected, and the outcome code ({@code ELECTED}, …).
     */
    public record CandidateView(Long id, Long unitId, String unitCode, String unitName, Integer scoreRank,
                                BigDecimal score, Integer votes, BigDecimal percent, Boolean passed, Boolean elected,
                                String outcome) implements Serializable {

        public Long getId() {
            return id;
        }

        public String getUnitName() {
            return unitName;
        }

        public Integer getVotes() {
            return votes;
        }

        public Boolean getElected() {
            return elected;
        }

        public String getOutcome() {
            return outcome;
        }

        /** The share as plain text for a bar's width: "0" before the count. */
        public String getShare() {
            return percent == null ? "0" : percent.toPlainString();
        }
    }

    /** The seat of that kind; refused when the ballot has none. */
    public SeatView seat(Seat kind) {
        return seats.stream().filter(s -> s.seat() == kind).findFirst()
                .orElseThrow(() -> new InvalidInputException("error.ballot.noSuchSeat", kind));
    }

    /** Whether results exist (counted, or counted and confirmed). */
    public boolean isCounted() {
        return status == BallotStatus.COUNTED || status == BallotStatus.CONFIRMED;
    }

    /** Whether its result was confirmed, and so published (issue 15: the bloc's annual report shows only these). */
    public boolean isPublished() {
        return status == BallotStatus.CONFIRMED;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public BallotKind getKind() {
        return kind;
    }

    public VotingMode getVotingMode() {
        return votingMode;
    }

    public BallotStatus getStatus() {
        return status;
    }

    public String getRunoffOfTitle() {
        return runoffOfTitle;
    }

    public List<SeatView> getSeats() {
        return seats;
    }

    /** Whether members vote in the portal now: an electronic ballot that is open (reminders ask this). */
    public boolean awaitsPortalVotes() {
        return status == BallotStatus.OPEN && votingMode == VotingMode.ELECTRONIC;
    }
}
