package vn.thidua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import vn.thidua.job.service.JobOutput;
import vn.thidua.job.service.JobService;
import vn.thidua.job.service.JobView;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.web.Messages;

/**
 * Background jobs (issue 14, item 8) of the caller: how far one is, and its file once done.
 * Someone else's job is not found (404). The state is read from the database, so any server
 * node answers.
 */
@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    @Inject
    private JobService jobs;

    @Context
    private HttpHeaders headers;

    /**
     * A job as the API shows it: status RUNNING, DONE or FAILED, percent, the error in the
     * caller's language (null unless FAILED), the file's name and address once DONE.
     */
    public record JobAnswer(String id, String kind, String status, int percent, String error, String fileName,
                            String file) {
    }

    /** The job's answer to a start: 202 Accepted, its address in Location, its state in the body. */
    static Response accepted(String jobId) {
        return Response.status(Response.Status.ACCEPTED).header("Location", "jobs?id=" + jobId)
                .entity(new JobAnswer(jobId, null, "RUNNING", 0, null, null, null)).build();
    }

    @GET
    public JobAnswer job(@QueryParam("id") String id) {
        JobView job = jobs.job(required(id));
        Locale locale = ApiAnswers.locale(headers == null || headers.getAcceptableLanguages().isEmpty() ? null
                : headers.getAcceptableLanguages().get(0).getLanguage());
        String error = job.failed() ? Messages.text(locale, job.errorKey(), job.errorArguments().toArray()) : null;
        return new JobAnswer(job.id(), job.kind(), job.status().name(), job.percent(), error, job.fileName(),
                job.done() ? "jobs/file?id=" + job.id() : null);
    }

    /** The finished job's file (400 while it runs or after it failed). */
    @GET
    @Path("file")
    @Produces(MediaType.WILDCARD)
    public Response file(@QueryParam("id") String id) {
        JobOutput output = jobs.result(required(id));
        return Response.ok(output.content(), output.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(output.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    private static String required(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("error.job.id");
        }
        return id;
    }
}
