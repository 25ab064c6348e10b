package vn.thidua.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.unit.service.StreakRule;

/**
 * The streak rule (DOMAIN.md, "Organisations change"; README "The 2025 province merger"): by
 * default a merged unit continues the longest streak among its predecessors, and awards of
 * different predecessors in different years do not join into one streak.
 */
class StreaksTest {

    private static final Long A = 1L;
    private static final Long B = 2L;
    private static final Long MERGED = 3L;
    private static final Long RENAMED = 4L;

    /** MERGED succeeded A and B. */
    private static final Map<Long, List<Long>> MERGER = Map.of(MERGED, List.of(A, B), A, List.of(), B, List.of());

    @Test
    void theIssuesExampleIsNotThreeYearsRunning() {
        // unit A's 2022 flag plus unit B's 2023 flag, then the merged unit's 2024 flag
        Map<Long, Set<Integer>> years = Map.of(A, Set.of(2022), B, Set.of(2023), MERGED, Set.of(2024));
        assertEquals(2, Streaks.streak(StreakRule.LONGEST_PREDECESSOR, MERGED, MERGER, years),
                "B's 2023 continued by the merged unit's 2024; A's 2022 does not join");
        assertEquals(3, Streaks.streak(StreakRule.WHOLE_LINEAGE, MERGED, MERGER, years),
                "the other rule a province may choose counts every year of the lineage");
    }

    @Test
    void predecessorsAloneDoNotJoinIntoOneStreak() {
        Map<Long, Set<Integer>> years = Map.of(A, Set.of(2022), B, Set.of(2023));
        assertEquals(1, Streaks.streak(StreakRule.LONGEST_PREDECESSOR, MERGED, MERGER, years));
    }

    @Test
    void aMergedUnitContinuesTheLongestStreakOfItsPredecessors() {
        Map<Long, Set<Integer>> years = Map.of(A, Set.of(2021, 2022, 2023), B, Set.of(2023), MERGED, Set.of(2024));
        assertEquals(4, Streaks.streak(StreakRule.LONGEST_PREDECESSOR, MERGED, MERGER, years));
    }

    @Test
    void aStreakThatStillRunsWinsOverALongerOneThatEndedEarlier() {
        // A's three years ended in 2020; B's one year runs into the merged unit's 2024
        Map<Long, Set<Integer>> years = Map.of(A, Set.of(2018, 2019, 2020), B, Set.of(2023), MERGED, Set.of(2024));
        assertEquals(2, Streaks.streak(StreakRule.LONGEST_PREDECESSOR, MERGED, MERGER, years));
    }

    @Test
    void aRenameOrProvinceSuccessionContinuesTheStreakAcrossGenerations() {
        Map<Long, List<Long>> tree = Map.of(RENAMED, List.of(MERGED), MERGED, List.of(A, B), A, List.of(), B, List.of());
        Map<Long, Set<Integer>> years = Map.of(A, Set.of(2022, 2023), MERGED, Set.of(2024), RENAMED, Set.of(2025));
        assertEquals(4, Streaks.streak(StreakRule.LONGEST_PREDECESSOR, RENAMED, tree, years));
    }

    @Test
    void noAwardIsNoStreakAndAGapEndsIt() {
        assertEquals(0, Streaks.streak(StreakRule.LONGEST_PREDECESSOR, A, Map.of(A, List.of()), Map.of()));
        assertEquals(1, Streaks.streak(StreakRule.LONGEST_PREDECESSOR, A, Map.of(A, List.of()),
                Map.of(A, Set.of(2020, 2022))));
    }
}
