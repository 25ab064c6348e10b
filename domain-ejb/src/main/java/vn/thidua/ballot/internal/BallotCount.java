package vn.thidua.ballot.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.ThresholdMode;
import vn.thidua.ballot.entity.TieResolution;

/**
 * Counts a ballot: votes and share of the present members' ballots per candidate, the
 * threshold, quotas filled in rank order, the flag's first-on-score condition, and ties at
 * the quota line (a run-off, or the higher score). Pure and deterministic: the same votes
 * always give the same result.
 */
public final class BallotCount {

    private BallotCount() {
    }

    /** The frozen rules a ballot is counted by. */
    public record Rules(int thresholdPercent, ThresholdMode mode, boolean flagNeedsFirst, TieResolution tie) {
    }

    /**
     * A candidate as counted: {@code scoreRank} 1 = first on the year's score; null when
     * the year has no score table, and then the flag's first-on-score condition cannot apply.
     */
    public record Candidate(long id, long unitId, int votes, Integer scoreRank, BigDecimal score) {
    }

    /** A seat kind with its quota and candidates, counted in the order given. */
    public record SeatCount(Seat seat, int quota, List<Candidate> candidates) {
    }

    /** Why a candidate ended where it did; each has a sentence in the resource bundle. */
    public enum Outcome {
        ELECTED,
        ELECTED_ON_SCORE,
        BELOW_THRESHOLD,
        NOT_FIRST_ON_SCORE,
        ELECTED_FOR_EARLIER_SEAT,
        QUOTA_FULL,
        LOST_ON_SCORE,
        TIED_RUNOFF
    }

    /** One candidate's result. */
    public record Result(long candidateId, long unitId, Seat seat, int votes, BigDecimal percent, boolean passed,
                         boolean elected, Outcome outcome) {
    }

    /** All results, and per seat the candidates that go to a run-off (empty when none). */
    public record Tally(List<Result> results, Map<Seat, List<Long>> runoffs) {
    }

    public static Tally count(Rules rules, int present, List<SeatCount> seats) {
        List<Result> results = new ArrayList<>();
        Map<Seat, List<Long>> runoffs = new LinkedHashMap<>();
        Set<Long> electedUnits = new HashSet<>();
        for (SeatCount seat : seats) {
            List<Candidate> ranked = new ArrayList<>(seat.candidates());
            ranked.sort(Comparator.comparingInt(Candidate::votes).reversed().thenComparingLong(Candidate::id));
            Map<Long, Outcome> outcomes = new LinkedHashMap<>();
            List<Candidate> eligible = new ArrayList<>();
            for (Candidate c : ranked) {
                if (!passes(rules, c.votes(), present)) {
                    outcomes.put(c.id(), Outcome.BELOW_THRESHOLD);
                } else if (seat.seat() == Seat.PROVINCIAL_FLAG && rules.flagNeedsFirst()
                        && c.scoreRank() != null && c.scoreRank() != 1) {
                    outcomes.put(c.id(), Outcome.NOT_FIRST_ON_SCORE);
                } else if (electedUnits.contains(c.unitId())) {
                    outcomes.put(c.id(), Outcome.ELECTED_FOR_EARLIER_SEAT);
                } else {
                    eligible.add(c);
                }
            }
            int remaining = seat.quota();
            TreeMap<Integer, List<Candidate>> byVotes = new TreeMap<>(Comparator.reverseOrder());
            eligible.forEach(c -> byVotes.computeIfAbsent(c.votes(), v -> new ArrayList<>()).add(c));
            for (List<Candidate> group : byVotes.values()) {
                if (remaining <= 0) {
                    group.forEach(c -> outcomes.put(c.id(), Outcome.QUOTA_FULL));
                } else if (group.size() <= remaining) {
                    group.forEach(c -> outcomes.put(c.id(), Outcome.ELECTED));
                    remaining -= group.size();
                } else {
                    remaining = breakTie(rules, seat.seat(), group, remaining, outcomes, runoffs);
                }
            }
            for (Candidate c : ranked) {
                Outcome outcome = outcomes.get(c.id());
                boolean elected = outcome == Outcome.ELECTED || outcome == Outcome.ELECTED_ON_SCORE;
                if (elected) {
                    electedUnits.add(c.unitId());
                }
                results.add(new Result(c.id(), c.unitId(), seat.seat(), c.votes(), percent(c.votes(), present),
                        passes(rules, c.votes(), present), elected, outcome));
            }
        }
        return new Tally(results, runoffs);
    }

    /** Fills the last places from a group tied at the quota line; returns the places left (0). */
    private static int breakTie(Rules rules, Seat seat, List<Candidate> group, int remaining,
                                Map<Long, Outcome> outcomes, Map<Seat, List<Long>> runoffs) {
        if (rules.tie() == TieResolution.HIGHER_SCORE) {
            List<Candidate> byScore = new ArrayList<>(group);
            byScore.sort(Comparator.comparing((Candidate c) -> c.score() == null ? BigDecimal.ZERO : c.score()).reversed());
            BigDecimal lineScore = score(byScore.get(remaining - 1));
            boolean scoreTieAtLine = score(byScore.get(remaining)).compareTo(lineScore) == 0;
            if (!scoreTieAtLine) {
                for (int i = 0; i < byScore.size(); i++) {
                    outcomes.put(byScore.get(i).id(), i < remaining ? Outcome.ELECTED_ON_SCORE : Outcome.LOST_ON_SCORE);
                }
                return 0;
            }
        }
        group.forEach(c -> outcomes.put(c.id(), Outcome.TIED_RUNOFF));
        runoffs.put(seat, group.stream().map(Candidate::id).toList());
        return 0;
    }

    private static BigDecimal score(Candidate c) {
        return c.score() == null ? BigDecimal.ZERO : c.score();
    }

    /** Whether {@code votes} of {@code present} ballots reach the threshold; exact integer arithmetic. */
    public static boolean passes(Rules rules, int votes, int present) {
        long share = 100L * votes;
        long line = (long) rules.thresholdPercent() * present;
        return rules.mode() == ThresholdMode.MORE_THAN ? share > line : share >= line;
    }

    public static BigDecimal percent(int votes, int present) {
        return present == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(100L * votes).divide(BigDecimal.valueOf(present), 2, RoundingMode.HALF_UP);
    }
}
