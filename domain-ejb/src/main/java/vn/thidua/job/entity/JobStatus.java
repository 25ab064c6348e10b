package vn.thidua.job.entity;

/** Where a background job is. */
public enum JobStatus {
    /** Started, not finished (its progress is in percent). */
    RUNNING,
    /** Finished; its file can be fetched. */
    DONE,
    /** Stopped by an error (its message key is kept), or stalled. */
    FAILED
}
