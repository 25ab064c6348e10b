package vn.thidua.web.errors;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

import org.omnifaces.exceptionhandler.FullAjaxExceptionHandlerFactory;

/**
 * The one place where exceptions become what the user sees: broken business rules
 * become messages on the page ({@link PortalExceptionHandler}); everything else goes
 * to OmniFaces' handler, which shows the error page web.xml maps it to (also for AJAX).
 */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(new FullAjaxExceptionHandlerFactory(wrapped));
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PortalExceptionHandler(getWrapped().getExceptionHandler());
    }
}
