package vn.thidua.home.service;

import java.io.Serializable;
import java.util.List;

/**
 * One member of a bloc the caller's unit leads, as the leader's table shows it: signed the
 * current covenant, criteria scored of those to score, for each open electronic ballot
 * whether it voted ({@code PRESENT_VOTED}, {@code PRESENT_NOT_VOTED}, {@code ABSENT}; turnout
 * only), and its achievement report ({@code FILED}, {@code MISSING}, or null when it is no
 * nominee).
 */
public record MemberProgress(Long unitId, String unitName, String role, boolean signed, long scored, long criteria,
                             List<String> votes, String report) implements Serializable {

    public MemberProgress {
        votes = List.copyOf(votes);
    }

    public boolean isScoringDone() {
        return criteria > 0 && scored >= criteria;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getRole() {
        return role;
    }

    public boolean isSigned() {
        return signed;
    }

    public long getScored() {
        return scored;
    }

    public long getCriteria() {
        return criteria;
    }

    public List<String> getVotes() {
        return votes;
    }

    public String getReport() {
        return report;
    }
}
