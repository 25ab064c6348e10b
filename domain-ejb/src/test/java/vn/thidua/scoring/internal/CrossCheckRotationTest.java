package vn.thidua.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The proposed cross-check assignment and the rules an adjusted one must keep (issue 15, item 3). */
class CrossCheckRotationTest {

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void theRotationChecksEveryMemberOnceWithoutSelfOrReciprocalPairs(int n) {
        List<String> members = List.of("HLHPN", "HND", "HCCB", "LDLD", "TDOAN").subList(0, n);
        Map<String, String> checkerOf = CrossCheckRotation.propose(members);
        assertEquals(n, checkerOf.size());
        assertEquals(new HashSet<>(members), new HashSet<>(checkerOf.values()), "every member checks exactly one");
        for (String member : members) {
            String checker = checkerOf.get(member);
            assertNotEquals(member, checker, "nobody checks itself");
            assertNotEquals(member, checkerOf.get(checker), member + " and " + checker + " check each other");
        }
        assertNull(CrossCheckRotation.violation(members, checkerOf));
    }

    @Test
    void twoMembersCanOnlyCheckEachOtherAndThatIsAllowed() {
        List<String> members = List.of("HLHPN", "HND");
        Map<String, String> checkerOf = CrossCheckRotation.propose(members);
        assertEquals(Map.of("HLHPN", "HND", "HND", "HLHPN"), checkerOf);
        assertNull(CrossCheckRotation.violation(members, checkerOf));
        assertTrue(CrossCheckRotation.propose(List.of("HLHPN")).isEmpty());
        assertEquals(CrossCheckRotation.Rule.TOO_FEW, CrossCheckRotation.violation(List.of("HLHPN"), Map.of()).rule());
    }

    @Test
    void anAdjustedAssignmentIsRefusedForSelfReciprocalMissingOrOutsideChecks() {
        List<String> members = List.of("HLHPN", "HND", "HCCB", "LDLD");
        Map<String, String> reciprocal = new LinkedHashMap<>(Map.of("HLHPN", "HND", "HND", "HLHPN", "HCCB", "LDLD",
                "LDLD", "HCCB"));
        CrossCheckRotation.Violation<String> v = CrossCheckRotation.violation(members, reciprocal);
        assertEquals(CrossCheckRotation.Rule.RECIPROCAL, v.rule());
        assertEquals("HLHPN", v.member());
        assertEquals("HND", v.checker());

        Map<String, String> self = new LinkedHashMap<>(CrossCheckRotation.propose(members));
        self.put("HCCB", "HCCB");
        assertEquals(CrossCheckRotation.Rule.SELF, CrossCheckRotation.violation(members, self).rule());

        Map<String, String> missing = new LinkedHashMap<>(CrossCheckRotation.propose(members));
        missing.remove("LDLD");
        assertEquals(new CrossCheckRotation.Violation<>(CrossCheckRotation.Rule.MISSING, "LDLD", null),
                CrossCheckRotation.violation(members, missing));

        Map<String, String> outside = new LinkedHashMap<>(CrossCheckRotation.propose(members));
        outside.put("HND", "STC");
        assertEquals(CrossCheckRotation.Rule.NOT_MEMBER, CrossCheckRotation.violation(members, outside).rule());

        // a hand-made assignment without pairs is accepted: 1→3, 2→4, 3→2, 4→1 (checked → checker)
        Map<String, String> adjusted = Map.of("HLHPN", "HCCB", "HND", "LDLD", "HCCB", "HND", "LDLD", "HLHPN");
        assertNull(CrossCheckRotation.violation(members, adjusted));
    }
}
