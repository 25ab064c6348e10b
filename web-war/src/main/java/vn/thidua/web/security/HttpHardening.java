package vn.thidua.web.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.util.List;
import java.util.logging.Logger;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;

import vn.thidua.web.api.ApiAnswers;

/**
 * Transport hardening at the web server, where every answer passes — pages, API answers,
 * error pages, static resources, and what the login mechanisms answer themselves (the login
 * redirect, a 401), which servlet filters never see. Registered through
 * META-INF/services/io.undertow.servlet.ServletExtension.
 * <ul>
 * <li>Headers on every response, set when it is committed (so that a response reset on the
 * way does not lose them): {@code X-Frame-Options: DENY}, {@code X-Content-Type-Options:
 * nosniff}, {@code Referrer-Policy: same-origin}, and {@code frame-ancestors 'none'} in the
 * Content-Security-Policy (PrimeFaces writes the nonce policy of pages, web.xml's
 * {@code primefaces.CSP_POLICY} carries the directive; other answers get the directive alone).</li>
 * <li>Cookies (the session's above all) are {@code Secure} when the request came over TLS,
 * or always when the portal runs behind a TLS proxy (system property
 * {@value #BEHIND_TLS_PROXY}, set by config/server.cli from {@code THIDUA_BEHIND_TLS_PROXY}).</li>
 * <li>A POST to the demo login ({@code j_security_check}) without the session's
 * {@link LoginFormToken} is refused with 403 before the login is tried.</li>
 * <li>API requests are marked as such ({@code X-Requested-With}) so that the OpenID Connect
 * client answers them with 401 instead of redirecting to the provider's login page.</li>
 * </ul>
 */
public class HttpHardening implements ServletExtension {

    /** System property: the portal is reached only through a proxy that terminates TLS. */
    public static final String BEHIND_TLS_PROXY = "thidua.behind-tls-proxy";

    static final String FRAME_ANCESTORS = "frame-ancestors 'none'";

    private static final Logger LOG = Logger.getLogger(HttpHardening.class.getName());
    private static final HttpString CSP = new HttpString("Content-Security-Policy");
    private static final HttpString X_FRAME_OPTIONS = new HttpString("X-Frame-Options");
    private static final HttpString X_CONTENT_TYPE_OPTIONS = new HttpString("X-Content-Type-Options");
    private static final HttpString REFERRER_POLICY = new HttpString("Referrer-Policy");
    private static final HttpString X_REQUESTED_WITH = new HttpString("X-Requested-With");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        boolean behindTlsProxy = Boolean.getBoolean(BEHIND_TLS_PROXY);
        LOG.info(() -> "HTTP hardening: security headers on every response; cookies Secure "
                + (behindTlsProxy ? "always (behind a TLS proxy)" : "on TLS requests") + "; login form token checked");
        String apiPrefix = servletContext.getContextPath() + ApiAnswers.PATH;
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            exchange.addResponseCommitListener(committing -> {
                addSecurityHeaders(committing.getResponseHeaders());
                if (secureCookies(committing.isSecure(), behindTlsProxy)) {
                    markSecure(committing.responseCookies());
                }
            });
            if (exchange.getRequestPath().startsWith(apiPrefix)) {
                exchange.getRequestHeaders().put(X_REQUESTED_WITH, "XMLHttpRequest");
            }
            next.handleRequest(exchange);
        });
        // inside the servlet context (the session is there) and the security context (an error
        // page can be shown), before the login mechanism reads j_security_check
        deployment.addSecurityWrapper(HttpHardening::loginFormGuard);
    }

    /** Refuses a login POST that does not carry the session's form token. */
    private static HttpHandler loginFormGuard(HttpHandler next) {
        return exchange -> {
            if (isLoginPost(exchange)) {
                ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
                HttpServletRequest request = (HttpServletRequest) servlet.getServletRequest();
                HttpSession session = request.getSession(false);
                Object expected = session == null ? null : session.getAttribute(LoginFormToken.SESSION_ATTRIBUTE);
                if (!LoginFormToken.matches(expected, request.getParameter(LoginFormToken.PARAMETER))) {
                    LOG.warning(() -> "Login POST without the login form's token refused (from "
                            + exchange.getSourceAddress() + ")");
                    ((HttpServletResponse) servlet.getServletResponse()).sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
            }
            next.handleRequest(exchange);
        };
    }

    private static boolean isLoginPost(HttpServerExchange exchange) {
        return Methods.POST.equals(exchange.getRequestMethod()) && exchange.getRequestPath().endsWith("/j_security_check");
    }

    /** The security headers a response lacks. */
    static void addSecurityHeaders(HeaderMap headers) {
        if (!headers.contains(X_FRAME_OPTIONS)) {
            headers.put(X_FRAME_OPTIONS, "DENY");
        }
        headers.put(X_CONTENT_TYPE_OPTIONS, "nosniff");
        if (!headers.contains(REFERRER_POLICY)) {
            headers.put(REFERRER_POLICY, "same-origin");
        }
        List<String> policies = headers.get(CSP) == null ? List.of() : List.copyOf(headers.get(CSP));
        headers.remove(CSP);
        if (policies.isEmpty()) {
            headers.put(CSP, FRAME_ANCESTORS);
        } else {
            policies.forEach(p -> headers.add(CSP, withFrameAncestors(p)));
        }
    }

    /** {@code policy} with {@code frame-ancestors 'none'} unless it already names the frame ancestors. */
    static String withFrameAncestors(String policy) {
        if (policy == null || policy.isBlank()) {
            return FRAME_ANCESTORS;
        }
        if (policy.contains("frame-ancestors")) {
            return policy;
        }
        String trimmed = policy.trim();
        return trimmed + (trimmed.endsWith(";") ? " " : "; ") + FRAME_ANCESTORS;
    }

    /** Cookies are Secure when the request came over TLS, or always behind a TLS proxy. */
    static boolean secureCookies(boolean secureRequest, boolean behindTlsProxy) {
        return secureRequest || behindTlsProxy;
    }

    static void markSecure(Iterable<Cookie> cookies) {
        for (Cookie cookie : cookies) {
            cookie.setSecure(true);
        }
    }
}
