package vn.thidua.web.errors;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.primefaces.csp.CspException;

import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.web.Messages;

/**
 * The one place where a failure of a page becomes what the user sees, with an honest HTTP
 * status:
 * <ul>
 * <li>a broken business rule (a {@link BusinessException}, or a Bean Validation failure
 * reported by a service) becomes an error message on the same page, in the user's language;
 * the transaction it broke has already been rolled back;</li>
 * <li>access denied, no such record, the database out of reach ({@link Problems}) and a form
 * the server did not give out ({@link ViewExpiredException}: a view that no longer exists or
 * never existed; {@link CspException}: a postback without the view's PrimeFaces nonce) —
 * expired or forged — become the 403, 404, 503 or 400 answer with the matching error page of web.xml,
 * logged without a stack trace (they are the caller's situation, not a fault of the portal).
 * Whatever wrapped them (a {@code f:viewAction} wraps in FacesException and ELException) does
 * not matter;</li>
 * <li>everything else is a fault: OmniFaces' {@link FullAjaxExceptionHandler} shows the 500
 * page and logs it.</li>
 * </ul>
 * A normal request is answered by {@code sendError}, so the servlet container renders the
 * error page of web.xml with the status. An AJAX request must stay a 200 partial response
 * (the browser's Faces script ignores anything else), so the error page is rendered into
 * it by OmniFaces, here told which page.
 */
public class PortalExceptionHandler extends FullAjaxExceptionHandler {

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    /** HTTP status of a Faces request whose view state is unknown (expired or forged). */
    static final int VIEW_EXPIRED_STATUS = HttpServletResponse.SC_BAD_REQUEST;

    /** The error pages by status, as web.xml maps them (for AJAX requests, which have no error dispatch). */
    private static final Map<Integer, String> PAGES = Map.of(
            HttpServletResponse.SC_FORBIDDEN, "/error/403.xhtml",
            HttpServletResponse.SC_NOT_FOUND, "/error/404.xhtml",
            HttpServletResponse.SC_SERVICE_UNAVAILABLE, "/error/unavailable.xhtml",
            VIEW_EXPIRED_STATUS, "/error/expired.xhtml");

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (context != null && events.hasNext()) {
            Throwable error = events.next().getContext().getException();
            BusinessException business = Problems.find(error, BusinessException.class);
            ConstraintViolationException invalid = Problems.find(error, ConstraintViolationException.class);
            if (business != null && !(business instanceof AccessDeniedException)
                    && !(business instanceof NotFoundException)) {
                LOG.fine(() -> "Business rule refused: " + business.getMessageKey());
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.text(business.getMessageKey(), business.getArguments()), null));
                context.validationFailed();
                events.remove();
            } else if (invalid != null) {
                for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getMessage(), null));
                }
                context.validationFailed();
                events.remove();
            } else if (Problems.kind(error).orElse(null) == Problems.Kind.CONFLICT
                    && !context.getExternalContext().isResponseCommitted()) {
                // rolled back whole: the page stays, with what the user typed, and says to try again
                LOG.info(() -> "Concurrent change, rolled back: " + Problems.rootMessage(error));
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.text("error.concurrentChange"), null));
                context.validationFailed();
                events.remove();
            } else if (!context.getPartialViewContext().isAjaxRequest() && answered(context, error)) {
                events.remove();
            }
        }
        // AJAX requests, and faults: OmniFaces renders the error page (see findErrorPageLocation)
        super.handle();
    }

    /**
     * Answers a normal request that failed by a refusal or an outage with the status and lets
     * the container show web.xml's error page for it; false when it is a fault or the response
     * has already gone out.
     */
    private static boolean answered(FacesContext context, Throwable error) {
        Optional<Integer> status = status(error);
        ExternalContext external = context.getExternalContext();
        if (status.isEmpty() || external.isResponseCommitted()) {
            return false;
        }
        log(error, status.get(), external.getRequestServletPath());
        try {
            // a page that failed while rendering may have written its own CSP header (its nonce)
            if (external.getResponse() instanceof HttpServletResponse response) {
                response.setHeader("Content-Security-Policy", null);
            }
            external.responseSendError(status.get(), null);
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "Could not send the error status", e);
            return false;
        }
        context.responseComplete();
        return true;
    }

    /**
     * The status for a refusal, an outage or a form the server did not give out (an unknown
     * view state, or a postback without the view's CSP nonce: expired or forged); empty for a
     * fault.
     */
    static Optional<Integer> status(Throwable error) {
        if (Problems.find(error, ViewExpiredException.class) != null || Problems.find(error, CspException.class) != null) {
            return Optional.of(VIEW_EXPIRED_STATUS);
        }
        return Problems.kind(error).map(Problems.Kind::status);
    }

    @Override
    protected String findErrorPageLocation(FacesContext context, Throwable exception) {
        return status(exception).map(PAGES::get).orElseGet(() -> super.findErrorPageLocation(context, exception));
    }

    @Override
    protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
        Optional<Integer> status = status(exception);
        if (status.isPresent()) {
            log(exception, status.get(), location);
        } else {
            super.logException(context, exception, location, reason);
        }
    }

    private static void log(Throwable error, int status, String where) {
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            LOG.warning(() -> "Database unavailable (" + where + "): " + Problems.rootMessage(error));
        } else {
            LOG.fine(() -> "Answered " + status + " (" + where + "): " + Problems.rootMessage(error));
        }
    }
}
