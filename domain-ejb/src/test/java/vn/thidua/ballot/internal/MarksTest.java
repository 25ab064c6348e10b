package vn.thidua.ballot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.ballot.entity.Seat;
import vn.thidua.shared.InvalidInputException;

/** The rules of an electronic ballot paper, and receipt codes. */
class MarksTest {

    /** A commendation ballot: one flag among candidate 1; two certificates among 2, 3 and 4. */
    private static final Map<Seat, Marks.SeatRule> SEATS = Marks.rules(List.of(
            new Object[] {Seat.PROVINCIAL_FLAG, 1, 1L},
            new Object[] {Seat.CERTIFICATE_OF_MERIT, 2, 2L},
            new Object[] {Seat.CERTIFICATE_OF_MERIT, 2, 3L},
            new Object[] {Seat.CERTIFICATE_OF_MERIT, 2, 4L}));

    private static String refusal(Map<Seat, List<Long>> choices) {
        return assertThrows(InvalidInputException.class, () -> Marks.validate(SEATS, choices, Seat::name))
                .getMessageKey();
    }

    @Test
    void marksWithinTheQuotasAreTheCandidatesMarkedAndNoMarkIsABlankBallot() {
        Map<Seat, List<Long>> choices = new LinkedHashMap<>();
        choices.put(Seat.PROVINCIAL_FLAG, List.of(1L));
        choices.put(Seat.CERTIFICATE_OF_MERIT, List.of(2L, 4L));
        List<Long> marked = new ArrayList<>(Marks.validate(SEATS, choices, Seat::name));
        marked.sort(null);
        assertEquals(List.of(1L, 2L, 4L), marked);
        assertEquals(List.of(), Marks.validate(SEATS, Map.of(), Seat::name));
        assertEquals(List.of(), Marks.validate(SEATS, Map.of(Seat.CERTIFICATE_OF_MERIT, List.of()), Seat::name));
    }

    @Test
    void brokenRulesAreRefusedWithTheirMessage() {
        assertEquals("error.ballot.tooManyMarks", refusal(Map.of(Seat.CERTIFICATE_OF_MERIT, List.of(2L, 3L, 4L))));
        assertEquals("error.ballot.duplicateMark", refusal(Map.of(Seat.CERTIFICATE_OF_MERIT, List.of(2L, 2L))));
        assertEquals("error.ballot.notACandidate", refusal(Map.of(Seat.PROVINCIAL_FLAG, List.of(2L))));
        assertEquals("error.ballot.noSuchSeat", refusal(Map.of(Seat.LEADER, List.of(1L))));
    }

    @Test
    void aSeatWithoutCandidatesTakesNoMark() {
        Map<Seat, Marks.SeatRule> seats = Marks.rules(List.<Object[]>of(new Object[] {Seat.LEADER, 1, null}));
        assertEquals(Set.of(), seats.get(Seat.LEADER).candidateIds());
        assertThrows(InvalidInputException.class, () -> Marks.validate(seats, Map.of(Seat.LEADER, List.of(7L)), Seat::name));
    }

    @Test
    void aLegacyReceiptCodeHashIgnoresCaseAndSpaces() {
        String code = "ABCD-EFGH-JKLM-NPQR";
        assertEquals(64, Receipts.hash(code).length());
        assertNotEquals(Receipts.hash(code), Receipts.hash("ABCD-EFGH-JKLM-NPQS"));
        assertEquals(Receipts.hash(code), Receipts.hashTyped("  " + code.toLowerCase() + " "));
    }
}
