package vn.thidua.ballot.entity;

/** What happens when candidates tie at the quota line. */
public enum TieResolution {
    /** A run-off ballot between the tied candidates (the default). */
    RUNOFF,
    /** The higher score wins; equal scores still go to a run-off. */
    HIGHER_SCORE
}
