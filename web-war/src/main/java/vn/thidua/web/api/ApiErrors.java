package vn.thidua.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.thidua.ballot.service.AlreadyVotedException;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.web.Messages;

/**
 * Every API failure as JSON {@code {"error": "…"}} in the caller's language (Vietnamese
 * unless the request asks for English): 400 for a broken rule, 409 for a second ballot of
 * the same unit, 403, 404, and 500 without internals.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Context
    private HttpHeaders headers;

    /** The body of an error answer. */
    public record Error(String error) {
    }

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException web && find(exception, BusinessException.class) == null) {
            return web.getResponse();
        }
        Locale locale = headers != null && !headers.getAcceptableLanguages().isEmpty()
                && "en".equals(headers.getAcceptableLanguages().get(0).getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("vi");
        BusinessException business = find(exception, BusinessException.class);
        if (business != null) {
            Response.Status status = business instanceof AlreadyVotedException ? Response.Status.CONFLICT
                    : business instanceof AccessDeniedException ? Response.Status.FORBIDDEN
                    : business instanceof NotFoundException ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST;
            return json(status, Messages.text(locale, business.getMessageKey(), business.getArguments()));
        }
        if (find(exception, EJBAccessException.class) != null) {
            return json(Response.Status.FORBIDDEN, Messages.text(locale, "error.accessDenied"));
        }
        LOG.log(Level.SEVERE, "API request failed", exception);
        return json(Response.Status.INTERNAL_SERVER_ERROR, Messages.text(locale, "error.unexpected"));
    }

    private static Response json(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new Error(message)).build();
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
