package vn.thidua.job.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A background job's rules: progress only forwards and below 100 until done; a silent job reads as failed. */
class BackgroundJobTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2042, 12, 27, 9, 0);

    @Test
    void progressGoesOnlyForwardAndReaches100OnlyWhenDone() {
        BackgroundJob job = new BackgroundJob("DOSSIER", "tinhdoan", T0);
        job.progress(40, T0.plusSeconds(1));
        job.progress(20, T0.plusSeconds(2));
        assertEquals(40, job.getPercent());
        job.progress(100, T0.plusSeconds(3));
        assertEquals(99, job.getPercent(), "100 only with the file");
        job.finish("ho-so.zip", "application/zip", new byte[] {1}, T0.plusSeconds(4));
        assertEquals(100, job.getPercent());
        assertEquals(JobStatus.DONE, job.effectiveStatus(T0.plusDays(2)));
        job.progress(10, T0.plusSeconds(5));
        assertEquals(100, job.getPercent());
    }

    @Test
    void aRunningJobWithoutProgressForTenMinutesReadsAsFailedWithItsOwnMessage() {
        BackgroundJob job = new BackgroundJob("NATIONAL_EXPORT", "lanhdaoban", T0);
        job.progress(30, T0.plusMinutes(1));
        assertEquals(JobStatus.RUNNING, job.effectiveStatus(T0.plusMinutes(11)));
        assertNull(job.effectiveErrorKey(T0.plusMinutes(11)));
        assertEquals(JobStatus.FAILED, job.effectiveStatus(T0.plusMinutes(11).plusSeconds(1)));
        assertEquals(BackgroundJob.STALLED_KEY, job.effectiveErrorKey(T0.plusMinutes(12)));
    }

    @Test
    void aFailedJobKeepsItsMessageKeyAndArguments() {
        BackgroundJob job = new BackgroundJob("DOSSIER", "tinhdoan", T0);
        job.fail("error.notFound", List.of("Proposal", "42"), T0.plusSeconds(1));
        assertEquals(JobStatus.FAILED, job.effectiveStatus(T0.plusSeconds(2)));
        assertEquals("error.notFound", job.effectiveErrorKey(T0.plusSeconds(2)));
        assertEquals(List.of("Proposal", "42"), job.getErrorArguments());
        assertEquals(List.of(), new BackgroundJob("DOSSIER", "x", T0).getErrorArguments());
    }
}
