package vn.thidua.job.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.util.logging.Logger;

import vn.thidua.job.entity.BackgroundJob;
import vn.thidua.job.entity.JobStatus;
import vn.thidua.job.internal.JobRecords;
import vn.thidua.job.internal.JobRunner;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;

/**
 * Background jobs: started by the areas' services for long work, followed and fetched by the
 * person who started them (pages poll {@link #job}; the API too). State and result are rows,
 * so any server node answers.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class JobService {

    private static final Logger LOG = Logger.getLogger(JobService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private JobRecords records;

    @Inject
    private JobRunner runner;

    /**
     * Starts {@code work} in the background under the caller's identity and answers the
     * job's id at once. The job's row is committed before the work starts, so the page's
     * first poll finds it on any node. Called by the areas' services after their own checks.
     */
    public String start(@NotBlank String kind, @NotNull JobWork work) {
        String id = records.create(kind, context.getCallerPrincipal().getName());
        runner.run(id, work);
        LOG.info(() -> "Background job " + id + " (" + kind + ") started");
        return id;
    }

    /** The caller's job: how far it is; someone else's job is not found. */
    public JobView job(@NotBlank String id) {
        BackgroundJob job = own(id);
        LocalDateTime now = LocalDateTime.now();
        return new JobView(job.getId(), job.getKind(), job.effectiveStatus(now), job.getPercent(),
                job.effectiveErrorKey(now), job.getErrorArguments(), job.getResultName(), job.getCreatedAt(),
                job.getFinishedAt());
    }

    /** The file of the caller's finished job; refused while the job runs or after it failed. */
    public JobOutput result(@NotBlank String id) {
        BackgroundJob job = own(id);
        if (job.effectiveStatus(LocalDateTime.now()) != JobStatus.DONE) {
            throw new InvalidInputException("error.job.notReady");
        }
        return new JobOutput(job.getResultName(), job.getResultType(), job.result());
    }

    private BackgroundJob own(String id) {
        BackgroundJob job = em.find(BackgroundJob.class, id);
        if (job == null || !job.getOwner().equals(context.getCallerPrincipal().getName())) {
            throw new NotFoundException("BackgroundJob", id);
        }
        return job;
    }
}
