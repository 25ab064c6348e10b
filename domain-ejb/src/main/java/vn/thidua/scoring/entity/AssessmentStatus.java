package vn.thidua.scoring.entity;

/** Where a score stands in the leader's review. */
public enum AssessmentStatus {
    SUBMITTED,
    ACCEPTED,
    ADJUSTED
}
