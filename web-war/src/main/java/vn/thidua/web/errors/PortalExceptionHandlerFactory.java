package vn.thidua.web.errors;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/**
 * Installs {@link PortalExceptionHandler}, the one place where exceptions become what the
 * user sees: broken business rules become messages on the page; refusals, outages and
 * unknown views their 403/404/503/400 error page; everything else the 500 page (OmniFaces'
 * FullAjaxExceptionHandler, also for AJAX).
 */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PortalExceptionHandler(getWrapped().getExceptionHandler());
    }
}
