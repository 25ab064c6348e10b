package vn.thidua.job.service;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

import vn.thidua.job.entity.JobStatus;

/**
 * A background job as its owner sees it: status (a stalled job reads FAILED), percent, the
 * message key of its error with the key's arguments, and the name of its file once done.
 */
public record JobView(String id, String kind, JobStatus status, int percent, String errorKey,
                      List<String> errorArguments, String fileName, LocalDateTime createdAt,
                      LocalDateTime finishedAt) implements Serializable {

    public boolean running() {
        return status == JobStatus.RUNNING;
    }

    public boolean done() {
        return status == JobStatus.DONE;
    }

    public boolean failed() {
        return status == JobStatus.FAILED;
    }

    public String getId() {
        return id;
    }

    public JobStatus getStatus() {
        return status;
    }

    public int getPercent() {
        return percent;
    }

    public String getFileName() {
        return fileName;
    }
}
