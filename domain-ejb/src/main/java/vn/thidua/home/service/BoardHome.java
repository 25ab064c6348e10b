package vn.thidua.home.service;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The Board's home page for a year: every bloc's stage, the late ones first, and how many
 * blocs reached each milestone ({@code COVENANT_IN_FORCE}, {@code SCORING_DONE},
 * {@code BALLOTS_COUNTED}, {@code PROPOSAL_FILED}, {@code PROPOSAL_CHECKED},
 * {@code PROPOSAL_DECIDED}, {@code LATE}), in that order.
 */
public record BoardHome(int year, List<BlocStage> blocs, Map<String, Integer> counts) implements Serializable {

    public BoardHome {
        blocs = List.copyOf(blocs);
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }

    public List<BlocStage> getBlocs() {
        return blocs;
    }

    public Map<String, Integer> getCounts() {
        return counts;
    }
}
