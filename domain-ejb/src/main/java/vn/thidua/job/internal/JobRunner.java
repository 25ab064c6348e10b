package vn.thidua.job.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.thidua.job.service.JobOutput;
import vn.thidua.job.service.JobWork;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.BusinessException;

/**
 * Runs a job's work in an EJB asynchronous call: the container's managed thread pool, with the
 * caller's security identity propagated (EJB asynchronous methods carry the caller principal),
 * outside any transaction so that the work's service calls each have their own and the
 * progress written in between is committed at once.
 */
@Stateless
@PermitAll
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    @Inject
    private JobRecords records;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String id, JobWork work) {
        try {
            JobOutput output = work.run(percent -> records.progress(id, percent));
            records.finish(id, output);
            LOG.info(() -> "Background job " + id + " done: " + output.content().length + " bytes");
        } catch (RuntimeException e) {
            BusinessException business = find(e, BusinessException.class);
            if (business != null) {
                LOG.info(() -> "Background job " + id + " refused: " + business.getMessageKey());
                records.fail(id, business.getMessageKey(),
                        Arrays.stream(business.getArguments()).map(String::valueOf).toList());
            } else if (find(e, EJBAccessException.class) != null || find(e, AccessDeniedException.class) != null) {
                LOG.info(() -> "Background job " + id + " refused: access denied");
                records.fail(id, "error.accessDenied", List.of());
            } else {
                LOG.log(Level.SEVERE, "Background job " + id + " failed", e);
                records.fail(id, "error.unexpected", List.of());
            }
        }
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
