package vn.thidua.registry.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.thidua.unit.service.StreakRule;

/**
 * How many years running a unit received an award, across its lineage, by a province's
 * {@link StreakRule}. Pure: it takes the lineage as a tree (each record mapped to the records
 * it directly succeeded) and each record's own award years of one kind.
 */
public final class Streaks {

    private Streaks() {
    }

    /** The streak of {@code unitId}: consecutive years up to the latest one that counts. */
    public static int streak(StreakRule rule, Long unitId, Map<Long, List<Long>> tree, Map<Long, Set<Integer>> years) {
        TreeSet<Integer> counted = rule == StreakRule.WHOLE_LINEAGE
                ? whole(unitId, tree, years, 0) : continued(unitId, tree, years, 0);
        return run(counted);
    }

    /** Every award year of the whole lineage. */
    private static TreeSet<Integer> whole(Long id, Map<Long, List<Long>> tree, Map<Long, Set<Integer>> years,
                                         int depth) {
        TreeSet<Integer> all = new TreeSet<>(years.getOrDefault(id, Set.of()));
        if (depth < 50) {
            for (Long predecessor : tree.getOrDefault(id, List.of())) {
                all.addAll(whole(predecessor, tree, years, depth + 1));
            }
        }
        return all;
    }

    /**
     * The record's own years plus the years of ONE line of predecessors: the one whose streak,
     * continued by this record, is the longest (on a tie, the predecessor's own longer streak,
     * then the later one). Years of the other predecessors never join in.
     */
    private static TreeSet<Integer> continued(Long id, Map<Long, List<Long>> tree, Map<Long, Set<Integer>> years,
                                             int depth) {
        TreeSet<Integer> own = new TreeSet<>(years.getOrDefault(id, Set.of()));
        TreeSet<Integer> best = own;
        int bestRun = run(own);
        int bestPredecessorRun = -1;
        int bestLast = Integer.MIN_VALUE;
        if (depth < 50) {
            for (Long predecessor : tree.getOrDefault(id, List.of())) {
                TreeSet<Integer> line = continued(predecessor, tree, years, depth + 1);
                TreeSet<Integer> joined = new TreeSet<>(own);
                joined.addAll(line);
                int joinedRun = run(joined);
                int predecessorRun = run(line);
                int last = line.isEmpty() ? Integer.MIN_VALUE : line.last();
                if (joinedRun > bestRun || joinedRun == bestRun && (predecessorRun > bestPredecessorRun
                        || predecessorRun == bestPredecessorRun && last > bestLast)) {
                    best = joined;
                    bestRun = joinedRun;
                    bestPredecessorRun = predecessorRun;
                    bestLast = last;
                }
            }
        }
        return best;
    }

    /** Consecutive years ending at the latest year of {@code years}; 0 when there is none. */
    static int run(TreeSet<Integer> years) {
        if (years.isEmpty()) {
            return 0;
        }
        int last = years.last();
        int run = 0;
        while (years.contains(last - run)) {
            run++;
        }
        return run;
    }
}
