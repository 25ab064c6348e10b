package vn.thidua.activity.entity;

/** Progress of a joint activity. */
public enum ActivityStatus {
    PROPOSED,
    IN_PROGRESS,
    COMPLETED
}
