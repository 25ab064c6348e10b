package vn.thidua.web.errors;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.util.Iterator;
import java.util.logging.Logger;

import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.web.Messages;

/**
 * Turns a {@link BusinessException} (or a Bean Validation failure reported by a service)
 * thrown by an action into an error message on the same page, in the user's language;
 * the transaction it broke has already been rolled back. Access and not-found problems
 * are left to the error pages.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable error = events.next().getContext().getException();
            BusinessException business = find(error, BusinessException.class);
            ConstraintViolationException invalid = find(error, ConstraintViolationException.class);
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
            }
        }
        getWrapped().handle();
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
