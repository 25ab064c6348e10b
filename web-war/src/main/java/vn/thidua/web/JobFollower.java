package vn.thidua.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import vn.thidua.job.service.JobOutput;
import vn.thidua.job.service.JobService;
import vn.thidua.job.service.JobView;

/**
 * What a page knows of the background job it started (issue 14, item 8): the job's id and
 * its last state, read again at each poll from the database (so it does not matter which
 * server node answers the poll), its error in the user's language, and its file.
 * Held by the page's view-scoped bean; the bean passes its {@link JobService}.
 */
public class JobFollower implements Serializable {

    private static final long serialVersionUID = 1L;

    private String jobId;
    private JobView job;

    /** Follows the job {@code id} from now on. */
    public void follow(String id, JobService jobs) {
        jobId = id;
        job = jobs.job(id);
    }

    /**
     * Reads the job's state again.
     *
     * @return whether the job finished (done or failed) since the last reading
     */
    public boolean refresh(JobService jobs) {
        if (jobId == null || job == null || !job.running()) {
            return false;
        }
        job = jobs.job(jobId);
        return !job.running();
    }

    /** The job's file, as a download. */
    public StreamedContent download(JobService jobs) {
        JobOutput output = jobs.result(jobId);
        return DefaultStreamedContent.builder().name(output.fileName()).contentType(output.contentType())
                .stream(() -> new ByteArrayInputStream(output.content())).build();
    }

    public boolean isFollowing() {
        return job != null;
    }

    public boolean isRunning() {
        return job != null && job.running();
    }

    public boolean isDone() {
        return job != null && job.done();
    }

    public boolean isFailed() {
        return job != null && job.failed();
    }

    public int getPercent() {
        return job == null ? 0 : job.percent();
    }

    public String getFileName() {
        return job == null ? null : job.fileName();
    }

    /** Why the job failed, in the user's language. */
    public String getErrorText() {
        return isFailed() ? Messages.text(job.errorKey(), job.errorArguments().toArray()) : null;
    }
}
