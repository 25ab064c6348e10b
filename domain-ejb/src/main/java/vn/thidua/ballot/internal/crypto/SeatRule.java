package vn.thidua.ballot.internal.crypto;

/**
 * What a valid answer for one seat looks like: {@code candidates} marks of 0 or 1, adding
 * up to between {@code min} and {@code max} (the quota). Belenios' homomorphic question
 * with min/max; Helios' question with max.
 */
public record SeatRule(int candidates, int min, int max) {

    public SeatRule {
        if (candidates < 1 || min < 0 || max < min || max > candidates) {
            throw new IllegalArgumentException("need 1 <= candidates and 0 <= min <= max <= candidates");
        }
    }

    /** A seat with a quota: from none up to {@code quota} marks (a blank answer allowed). */
    public static SeatRule ofQuota(int candidates, int quota) {
        return new SeatRule(candidates, 0, Math.min(quota, candidates));
    }
}
