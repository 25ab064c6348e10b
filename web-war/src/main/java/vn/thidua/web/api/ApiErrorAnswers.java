package vn.thidua.web.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Logger;

import vn.thidua.web.errors.Problems;

/**
 * API answers that the container gives before JAX-RS runs, in the API's JSON shape instead of
 * an HTML page:
 * <ul>
 * <li>no login: in demo mode the FORM login shows its login page (a forward to
 * /login.xhtml, status 200); for an API request this becomes 401. In single sign-on mode the
 * OpenID Connect client answers API requests without a token or session with 401 (see
 * {@code vn.thidua.web.security.HttpHardening}, which marks API requests so), and the
 * container shows the 401 error page: that error dispatch becomes the JSON 401;</li>
 * <li>any other error page the container would show for an API request (a filter's
 * {@code sendError}, an exception outside JAX-RS): JSON with the same status (503 when the
 * database is out of reach).</li>
 * </ul>
 * Mapped in web.xml for FORWARD and ERROR dispatches only.
 */
public class ApiErrorAnswers extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ApiErrorAnswers.class.getName());

    /** The FORM login page of web.xml, where the container forwards a request without login. */
    static final String LOGIN_PAGE = "/login.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.FORWARD && LOGIN_PAGE.equals(request.getServletPath())
                && ApiAnswers.isApi(forwardedPath(request))) {
            LOG.fine(() -> "API request without login: " + request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI));
            ApiAnswers.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, ApiAnswers.key(401));
            return;
        }
        if (request.getDispatcherType() == DispatcherType.ERROR
                && ApiAnswers.isApi(failedPath(request))) {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            int status = code instanceof Integer c ? c : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            if (error != null) {
                status = Problems.kind(error).map(Problems.Kind::status).orElse(status);
            }
            ApiAnswers.write(request, response, status, ApiAnswers.key(status));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The path (below the context) of the request that was forwarded. */
    private static String forwardedPath(HttpServletRequest request) {
        Object servletPath = request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
        Object pathInfo = request.getAttribute(RequestDispatcher.FORWARD_PATH_INFO);
        return (servletPath == null ? "" : servletPath.toString()) + (pathInfo == null ? "" : pathInfo.toString());
    }

    /** The path (below the context) of the request that failed: the container keeps only its URI. */
    private static String failedPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String context = request.getContextPath();
        return uri instanceof String s && s.startsWith(context) ? s.substring(context.length()) : null;
    }
}
