package vn.thidua.ballot.entity;

/** How a nominee's share of the present members' ballots is compared with the threshold. */
public enum ThresholdMode {
    /** Strictly more than the threshold (the default: more than 50%). */
    MORE_THAN,
    /** The threshold or more (some provinces: at least two thirds, or 70%). */
    AT_LEAST
}
