package vn.thidua.job.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.List;

import vn.thidua.job.entity.BackgroundJob;
import vn.thidua.job.service.JobOutput;

/**
 * Writes a job's row, each write in its own transaction (REQUIRES_NEW): the page's poll, on
 * any node, sees the progress while the work's own transaction is still open.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRecords {

    @PersistenceContext
    private EntityManager em;

    /** A new running job of {@code owner}; deletes the jobs finished more than a day ago. */
    public String create(String kind, String owner) {
        LocalDateTime now = LocalDateTime.now();
        em.createNamedQuery(BackgroundJob.DELETE_FINISHED_BEFORE).setParameter("before", now.minusDays(1)).executeUpdate();
        BackgroundJob job = new BackgroundJob(kind, owner, now);
        em.persist(job);
        return job.getId();
    }

    public void progress(String id, int percent) {
        BackgroundJob job = em.find(BackgroundJob.class, id);
        if (job != null) {
            job.progress(percent, LocalDateTime.now());
        }
    }

    public void finish(String id, JobOutput output) {
        BackgroundJob job = em.find(BackgroundJob.class, id);
        if (job != null) {
            job.finish(output.fileName(), output.contentType(), output.content(), LocalDateTime.now());
        }
    }

    public void fail(String id, String messageKey, List<String> arguments) {
        BackgroundJob job = em.find(BackgroundJob.class, id);
        if (job != null) {
            job.fail(messageKey, arguments, LocalDateTime.now());
        }
    }
}
