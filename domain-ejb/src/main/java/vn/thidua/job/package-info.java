/**
 * Long work run in the background with its progress (issue 14, item 8): a proposal's dossier,
 * the national export. An area hands {@link vn.thidua.job.service.JobService#start} the work
 * as a {@link vn.thidua.job.service.JobWork}; the work runs in an EJB asynchronous call under
 * the caller's identity (so every check of the area's services applies), reports how far it
 * is, and its file is kept with the job.
 *
 * <p>Owns the table {@code background_job}. The job's state, its progress and its result are
 * rows, never one server's memory: with two WildFly nodes any node answers the page's poll
 * and serves the file, whichever node runs the work. A job whose node stops (no progress for
 * {@link vn.thidua.job.entity.BackgroundJob#STALLED_AFTER}) reads as failed, so nobody waits
 * for ever. Only the person who started a job sees it; finished jobs are deleted after a day.
 * Depends on no other area.
 */
package vn.thidua.job;
