package vn.thidua.job.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A piece of long work and how far it is: kind, owner, status, percent, the message key of its
 * error, and its result file once done.
 */
@Entity
@Table(name = "background_job")
@NamedQuery(name = BackgroundJob.DELETE_FINISHED_BEFORE,
        query = "DELETE FROM BackgroundJob j WHERE j.finishedAt IS NOT NULL AND j.finishedAt < :before")
public class BackgroundJob implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Deletes the jobs finished before {@code before} (results are kept for a day). */
    public static final String DELETE_FINISHED_BEFORE = "BackgroundJob.deleteFinishedBefore";

    /** A running job without progress for this long has lost its node: it reads as failed. */
    public static final Duration STALLED_AFTER = Duration.ofMinutes(10);

    /** The message key shown for a stalled job. */
    public static final String STALLED_KEY = "error.job.stalled";

    private static final String SEPARATOR = "\u001f";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 100)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private JobStatus status;

    @Column(nullable = false)
    private int percent;

    @Column(name = "error_key", length = 120)
    private String errorKey;

    @Column(name = "error_args", length = 1000)
    private String errorArgs;

    @Column(name = "result_name", length = 255)
    private String resultName;

    @Column(name = "result_type", length = 100)
    private String resultType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] result;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    protected BackgroundJob() {
    }

    public BackgroundJob(String kind, String owner, LocalDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.kind = Objects.requireNonNull(kind);
        this.owner = Objects.requireNonNull(owner);
        this.status = JobStatus.RUNNING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Records progress: between 0 and 99 while running, never backwards. */
    public void progress(int newPercent, LocalDateTime now) {
        if (status == JobStatus.RUNNING) {
            percent = Math.max(percent, Math.min(99, Math.max(0, newPercent)));
            updatedAt = now;
        }
    }

    /** The work is done: its file. */
    public void finish(String fileName, String contentType, byte[] content, LocalDateTime now) {
        status = JobStatus.DONE;
        percent = 100;
        resultName = Objects.requireNonNull(fileName);
        resultType = Objects.requireNonNull(contentType);
        result = Objects.requireNonNull(content);
        updatedAt = now;
        finishedAt = now;
    }

    /** The work stopped: the message key of its error and the key's arguments. */
    public void fail(String messageKey, List<String> arguments, LocalDateTime now) {
        status = JobStatus.FAILED;
        errorKey = Objects.requireNonNull(messageKey);
        String joined = String.join(SEPARATOR, arguments);
        errorArgs = joined.isEmpty() ? null : joined.length() > 1000 ? joined.substring(0, 1000) : joined;
        updatedAt = now;
        finishedAt = now;
    }

    /** The status as a user should see it: a running job without progress for too long has failed. */
    public JobStatus effectiveStatus(LocalDateTime now) {
        return status == JobStatus.RUNNING && updatedAt.plus(STALLED_AFTER).isBefore(now) ? JobStatus.FAILED : status;
    }

    /** The message key of the error, if the job failed (or stalled). */
    public String effectiveErrorKey(LocalDateTime now) {
        return status == JobStatus.RUNNING && effectiveStatus(now) == JobStatus.FAILED ? STALLED_KEY : errorKey;
    }

    public List<String> getErrorArguments() {
        return errorArgs == null ? List.of() : List.of(errorArgs.split(SEPARATOR, -1));
    }

    public String getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getOwner() {
        return owner;
    }

    public JobStatus getStatus() {
        return status;
    }

    public int getPercent() {
        return percent;
    }

    public String getResultName() {
        return resultName;
    }

    public String getResultType() {
        return resultType;
    }

    public byte[] result() {
        return result;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }
}
