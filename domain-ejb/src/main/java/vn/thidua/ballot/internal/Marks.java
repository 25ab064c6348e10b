package vn.thidua.ballot.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import vn.thidua.ballot.entity.Seat;
import vn.thidua.shared.InvalidInputException;

/**
 * The rules of one electronic ballot paper, enforced on the server: only the ballot's
 * seats, no candidate marked twice, at most the seat's quota of "yes" marks, and only
 * the seat's candidates. No mark at all is a valid blank ballot.
 */
public final class Marks {

    private Marks() {
    }

    /** What may be marked for one seat kind: its quota and its candidates' ids. */
    public record SeatRule(int quota, Set<Long> candidateIds) {
    }

    /** The seat rules of a ballot from rows of (seat, quota, candidate id or null). */
    public static Map<Seat, SeatRule> rules(List<Object[]> rows) {
        Map<Seat, SeatRule> rules = new java.util.EnumMap<>(Seat.class);
        for (Object[] row : rows) {
            SeatRule rule = rules.computeIfAbsent((Seat) row[0],
                    s -> new SeatRule(((Number) row[1]).intValue(), new HashSet<>()));
            if (row[2] != null) {
                rule.candidateIds().add(((Number) row[2]).longValue());
            }
        }
        return rules;
    }

    /**
     * The candidate ids marked "yes" across all seats, or the broken rule.
     * {@code seatName} names a seat in the message about too many marks.
     */
    public static List<Long> validate(Map<Seat, SeatRule> seats, Map<Seat, List<Long>> choices,
                                      Function<Seat, String> seatName) {
        List<Long> marked = new ArrayList<>();
        for (Map.Entry<Seat, List<Long>> entry : choices.entrySet()) {
            SeatRule seat = seats.get(entry.getKey());
            if (seat == null) {
                throw new InvalidInputException("error.ballot.noSuchSeat", entry.getKey());
            }
            Set<Long> ids = new HashSet<>(entry.getValue());
            if (ids.size() != entry.getValue().size()) {
                throw new InvalidInputException("error.ballot.duplicateMark");
            }
            if (ids.size() > seat.quota()) {
                throw new InvalidInputException("error.ballot.tooManyMarks", seatName.apply(entry.getKey()), seat.quota());
            }
            if (!seat.candidateIds().containsAll(ids)) {
                throw new InvalidInputException("error.ballot.notACandidate");
            }
            marked.addAll(ids);
        }
        return marked;
    }
}
