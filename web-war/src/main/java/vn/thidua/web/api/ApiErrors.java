package vn.thidua.web.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.thidua.ballot.service.AlreadyVotedException;
import vn.thidua.shared.BusinessException;
import vn.thidua.web.Messages;
import vn.thidua.web.errors.Problems;

/**
 * Every API failure as JSON {@code {"error": "…"}} in the caller's language (Vietnamese
 * unless the request asks for English), with an honest status: 400 for a broken rule and for
 * a body that is not JSON, not UTF-8 or not of the expected shape, 409 for a second ballot of
 * the same unit, 403, 404, 405 (wrong method), 406/415 (media types), 413 (body too large),
 * 503 when the database is out of reach, and 500 without internals. Answers that the
 * container gives before the API runs (401 without a login) are written by
 * {@link ApiErrorAnswers} in the same shape.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    /** Simple names of the JSON parsers' exceptions that do not extend the Jakarta ones (e.g. Jackson's). */
    private static final List<String> FOREIGN_JSON_ERRORS = List.of("JsonParseException", "JsonMappingException",
            "MismatchedInputException", "JsonProcessingException");

    @Context
    private HttpHeaders headers;

    /** The body of an error answer. */
    public record Error(String error) {
    }

    /** What to answer: status, message key and its arguments. */
    record Answer(int status, String key, Object... arguments) {
    }

    @Override
    public Response toResponse(Throwable exception) {
        Locale locale = ApiAnswers.locale(headers == null || headers.getAcceptableLanguages().isEmpty() ? null
                : headers.getAcceptableLanguages().get(0).getLanguage());
        Answer answer = answer(exception);
        if (answer.status() >= 500) {
            if (answer.status() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
                LOG.warning(() -> "API: database unavailable: " + Problems.rootMessage(exception));
            } else {
                LOG.log(Level.SEVERE, "API request failed", exception);
            }
        } else {
            LOG.fine(() -> "API answered " + answer.status() + ": " + Problems.rootMessage(exception));
        }
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
                .entity(new Error(Messages.text(locale, answer.key(), answer.arguments())));
        if (exception instanceof WebApplicationException web && web.getResponse() != null) {
            // e.g. the Allow header of a 405, WWW-Authenticate of a 401
            web.getResponse().getStringHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(v -> response.header(name, v));
                }
            });
        }
        if (answer.status() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            response.header("Retry-After", ApiAnswers.RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /** The answer to {@code exception}: a pure function of it, so the rules are testable alone. */
    static Answer answer(Throwable exception) {
        BusinessException business = Problems.find(exception, BusinessException.class);
        Optional<Problems.Kind> kind = Problems.kind(exception);
        if (kind.isPresent() && kind.get() != Problems.Kind.UNAVAILABLE) {
            return business != null ? new Answer(kind.get().status(), business.getMessageKey(), business.getArguments())
                    : new Answer(kind.get().status(), ApiAnswers.key(kind.get().status()));
        }
        if (business != null) {
            return new Answer(business instanceof AlreadyVotedException ? 409 : 400, business.getMessageKey(),
                    business.getArguments());
        }
        if (kind.isPresent()) {
            return new Answer(503, ApiAnswers.key(503));
        }
        if (Problems.find(exception, CharacterCodingException.class) != null) {
            return new Answer(400, "api.error.encoding");
        }
        if (isJsonError(exception)) {
            return new Answer(400, "api.error.json");
        }
        if (exception instanceof WebApplicationException web && web.getResponse() != null) {
            int status = web.getResponse().getStatus();
            return new Answer(status, ApiAnswers.key(status));
        }
        return new Answer(500, ApiAnswers.key(500));
    }

    /** A body that is not JSON, or not of the shape the resource expects. */
    private static boolean isJsonError(Throwable exception) {
        if (Problems.find(exception, JsonbException.class) != null || Problems.find(exception, JsonException.class) != null) {
            return true;
        }
        for (Throwable t = exception; t != null && t != t.getCause(); t = t.getCause()) {
            if (FOREIGN_JSON_ERRORS.contains(t.getClass().getSimpleName())) {
                return true;
            }
        }
        return false;
    }
}
