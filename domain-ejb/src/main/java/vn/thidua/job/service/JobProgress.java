package vn.thidua.job.service;

/** Where a background job reports how far it is, in percent (0 to 100). */
@FunctionalInterface
public interface JobProgress {

    /** Progress that goes nowhere: for the same work run while the caller waits. */
    JobProgress NONE = percent -> {
    };

    void report(int percent);

    /** This progress seen as a part of the whole: 0..100 of the part becomes {@code from}..{@code to}. */
    default JobProgress part(int from, int to) {
        return percent -> report(from + (to - from) * Math.max(0, Math.min(100, percent)) / 100);
    }
}
