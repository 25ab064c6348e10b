package vn.thidua.unit.service;

/**
 * How a province counts "years running" across a unit's lineage (DOMAIN.md, "Organisations
 * change"). Stored per province; the registry states the rule it applies.
 */
public enum StreakRule {
    /**
     * The default: a merged unit continues the longest streak among its predecessors; awards
     * of different predecessors in different years do not join into one streak. A rename
     * (one predecessor) simply continues its predecessor's streak.
     */
    LONGEST_PREDECESSOR,
    /** Every award year of the whole lineage counts, whichever predecessor received it. */
    WHOLE_LINEAGE
}
