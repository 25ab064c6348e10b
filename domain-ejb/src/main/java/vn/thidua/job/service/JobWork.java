package vn.thidua.job.service;

/**
 * The work of a background job: it reports its progress and answers the file to offer. It
 * runs under the identity of the person who started it and calls the areas' services (their
 * proxies, so their roles, data checks and transactions apply); a business exception it
 * throws becomes the job's error, shown in the user's language.
 */
@FunctionalInterface
public interface JobWork {

    JobOutput run(JobProgress progress);
}
