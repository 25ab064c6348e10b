package vn.thidua.ballot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.ThresholdMode;
import vn.thidua.ballot.entity.TieResolution;
import vn.thidua.ballot.internal.BallotCount.Candidate;
import vn.thidua.ballot.internal.BallotCount.Outcome;
import vn.thidua.ballot.internal.BallotCount.Rules;
import vn.thidua.ballot.internal.BallotCount.SeatCount;

/** Golden results per ballot type and rule set. */
class BallotCountTest {

    private static final Rules DEFAULT = new Rules(50, ThresholdMode.MORE_THAN, true, TieResolution.RUNOFF);

    private static Candidate c(long id, int votes, Integer rank, String score) {
        return new Candidate(id, id * 10, votes, rank, score == null ? null : new BigDecimal(score));
    }

    private static Map<Long, Outcome> outcomes(BallotCount.Tally tally) {
        return tally.results().stream().collect(Collectors.toMap(BallotCount.Result::candidateId, BallotCount.Result::outcome));
    }

    @Test
    void thresholdAtItsBoundaryForMoreThanAndAtLeast() {
        // 10 present: 5 votes is exactly 50%
        assertFalse(BallotCount.passes(DEFAULT, 5, 10));
        assertTrue(BallotCount.passes(DEFAULT, 6, 10));
        Rules atLeast = new Rules(50, ThresholdMode.AT_LEAST, true, TieResolution.RUNOFF);
        assertTrue(BallotCount.passes(atLeast, 5, 10));
        assertFalse(BallotCount.passes(atLeast, 4, 10));
        // two thirds of 6 present is exactly 4 ballots; 70% of 10 is exactly 7
        Rules twoThirds = new Rules(67, ThresholdMode.AT_LEAST, true, TieResolution.RUNOFF);
        assertFalse(BallotCount.passes(twoThirds, 4, 6), "4/6 = 66.67% < 67%");
        Rules seventy = new Rules(70, ThresholdMode.AT_LEAST, true, TieResolution.RUNOFF);
        assertTrue(BallotCount.passes(seventy, 7, 10));
        assertFalse(BallotCount.passes(new Rules(70, ThresholdMode.MORE_THAN, true, TieResolution.RUNOFF), 7, 10));
    }

    @Test
    void storyCommendationFlagToWomenUnionCertificateToYouthUnion() {
        BallotCount.Tally tally = BallotCount.count(DEFAULT, 5, List.of(
                new SeatCount(Seat.PROVINCIAL_FLAG, 1, List.of(c(1, 5, 1, "96"), c(2, 0, 2, "93"))),
                new SeatCount(Seat.CERTIFICATE_OF_MERIT, 1, List.of(c(3, 4, 2, "93"), c(4, 1, 3, "90")))));
        Map<Long, Outcome> o = outcomes(tally);
        assertEquals(Outcome.ELECTED, o.get(1L));
        assertEquals(Outcome.BELOW_THRESHOLD, o.get(2L));
        assertEquals(Outcome.ELECTED, o.get(3L));
        assertEquals(Outcome.BELOW_THRESHOLD, o.get(4L));
        assertEquals(new BigDecimal("80.00"), tally.results().get(2).percent());
        assertTrue(tally.runoffs().isEmpty());
    }

    @Test
    void flagNomineeMustRankFirstOnScore() {
        BallotCount.Tally tally = BallotCount.count(DEFAULT, 5, List.of(
                new SeatCount(Seat.PROVINCIAL_FLAG, 1, List.of(c(1, 5, 2, "90"), c(2, 3, 1, "95")))));
        assertEquals(Outcome.NOT_FIRST_ON_SCORE, outcomes(tally).get(1L));
        assertEquals(Outcome.ELECTED, outcomes(tally).get(2L));

        // a year without a score table: the condition cannot apply
        BallotCount.Tally unscored = BallotCount.count(DEFAULT, 5, List.of(
                new SeatCount(Seat.PROVINCIAL_FLAG, 1, List.of(c(1, 5, null, null)))));
        assertEquals(Outcome.ELECTED, outcomes(unscored).get(1L));
    }

    @Test
    void quotaCutsInRankOrder() {
        BallotCount.Tally tally = BallotCount.count(DEFAULT, 10, List.of(
                new SeatCount(Seat.CERTIFICATE_OF_MERIT, 2, List.of(c(1, 9, 1, null), c(2, 8, 2, null), c(3, 7, 3, null)))));
        Map<Long, Outcome> o = outcomes(tally);
        assertEquals(Outcome.ELECTED, o.get(1L));
        assertEquals(Outcome.ELECTED, o.get(2L));
        assertEquals(Outcome.QUOTA_FULL, o.get(3L));
    }

    @Test
    void tieAtTheQuotaLineGoesToARunoffOrTheHigherScore() {
        List<SeatCount> seats = List.of(new SeatCount(Seat.CERTIFICATE_OF_MERIT, 2,
                List.of(c(1, 9, 1, "95"), c(2, 7, 3, "90"), c(3, 7, 2, "92"))));
        BallotCount.Tally runoff = BallotCount.count(DEFAULT, 10, seats);
        assertEquals(Outcome.ELECTED, outcomes(runoff).get(1L));
        assertEquals(Outcome.TIED_RUNOFF, outcomes(runoff).get(2L));
        assertEquals(Outcome.TIED_RUNOFF, outcomes(runoff).get(3L));
        assertEquals(List.of(2L, 3L), runoff.runoffs().get(Seat.CERTIFICATE_OF_MERIT));

        Rules byScore = new Rules(50, ThresholdMode.MORE_THAN, true, TieResolution.HIGHER_SCORE);
        BallotCount.Tally scored = BallotCount.count(byScore, 10, seats);
        assertEquals(Outcome.ELECTED_ON_SCORE, outcomes(scored).get(3L));
        assertEquals(Outcome.LOST_ON_SCORE, outcomes(scored).get(2L));
        assertTrue(scored.runoffs().isEmpty());
    }

    @Test
    void leadershipElectsLeaderThenDeputyNeverTheSameUnit() {
        BallotCount.Tally tally = BallotCount.count(DEFAULT, 5, List.of(
                new SeatCount(Seat.LEADER, 1, List.of(c(1, 4, null, null), c(2, 1, null, null))),
                new SeatCount(Seat.DEPUTY, 1, List.of(new Candidate(3, 10, 5, null, null), c(4, 4, null, null)))));
        Map<Long, Outcome> o = outcomes(tally);
        assertEquals(Outcome.ELECTED, o.get(1L));
        assertEquals(Outcome.ELECTED_FOR_EARLIER_SEAT, o.get(3L), "unit 10 already leads");
        assertEquals(Outcome.ELECTED, o.get(4L));
    }

    @Test
    void tieAtTheQuotaLineIsTheSameWhateverTheOrderCandidatesAreListedIn() {
        // one certificate; units 5 and 4 both have 6 of 10 ballots (60%, above the 50% line): a tie at the quota line
        List<Candidate> listed = List.of(c(5, 6, 1, null), c(4, 6, 2, null), c(3, 2, 3, null));
        BallotCount.Tally expected = new BallotCount.Tally(List.of(
                new BallotCount.Result(4, 40, Seat.CERTIFICATE_OF_MERIT, 6, new BigDecimal("60.00"), true, false,
                        Outcome.TIED_RUNOFF),
                new BallotCount.Result(5, 50, Seat.CERTIFICATE_OF_MERIT, 6, new BigDecimal("60.00"), true, false,
                        Outcome.TIED_RUNOFF),
                new BallotCount.Result(3, 30, Seat.CERTIFICATE_OF_MERIT, 2, new BigDecimal("20.00"), false, false,
                        Outcome.BELOW_THRESHOLD)),
                Map.of(Seat.CERTIFICATE_OF_MERIT, List.of(4L, 5L)));
        assertEquals(expected, BallotCount.count(DEFAULT, 10, List.of(new SeatCount(Seat.CERTIFICATE_OF_MERIT, 1, listed))));

        List<Candidate> reversed = List.of(listed.get(2), listed.get(1), listed.get(0));
        assertEquals(expected, BallotCount.count(DEFAULT, 10, List.of(new SeatCount(Seat.CERTIFICATE_OF_MERIT, 1, reversed))),
                "the order of the candidate list must not change the result");

        // by higher score, but neither has a score: still a tie, so still a run-off
        Rules byScore = new Rules(50, ThresholdMode.MORE_THAN, true, TieResolution.HIGHER_SCORE);
        BallotCount.Tally unscored = BallotCount.count(byScore, 10, List.of(new SeatCount(Seat.CERTIFICATE_OF_MERIT, 1, reversed)));
        assertEquals(expected, unscored);
    }
}
