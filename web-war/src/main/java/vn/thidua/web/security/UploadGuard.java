package vn.thidua.web.security;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;

import vn.thidua.file.service.FileRules;
import vn.thidua.web.Messages;
import vn.thidua.web.session.UserSession;

/**
 * Decides about a request's body before anything reads it: the Faces servlet's multipart
 * handling would otherwise parse an upload, writing its files to memory or disk, for any
 * page, the login page included.
 * <ul>
 * <li>A multipart request (a file upload) from nobody logged in: refused (403). Uploads are
 *     for people who have logged in; pages that need a login never get this far without
 *     one, but the public pages (login, errors) would, and so would the login page where
 *     the FORM login forwards an anonymous request (the filter also runs on forwards).</li>
 * <li>Any request announced larger than {@link #MAX_REQUEST_BYTES}: refused (413) with a
 *     page that says how large a file may be, in the person's language (JSON for the API).
 *     The limit is one file of {@link FileRules#MAX_BYTES} plus the form around it; web.xml's
 *     multipart-config has the same value, and a file between 10 MB and that limit gets the
 *     page's own message from the file rules.</li>
 * </ul>
 * The server's own cap ({@code max-post-size}, config/server.cli) lies above this limit on
 * purpose: Undertow answers a request announced above its cap with an empty 400 before any
 * filter runs, so the message can only come from here. The refusal is written here, not
 * through an error page, because an error page is a Faces page, which would parse the very
 * body being refused; the connection is closed afterwards, so the rest of the body is never
 * read.
 */
public class UploadGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadGuard.class.getName());

    /** The largest request the portal reads: 11 MB (web.xml max-request-size, server max-post-size). */
    public static final long MAX_REQUEST_BYTES = 11L * 1024 * 1024;

    @Inject
    private Instance<UserSession> session;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (multipart && request.getUserPrincipal() == null) {
            LOG.fine(() -> "Anonymous multipart request to " + request.getRequestURI() + " refused");
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "upload.anonymous", localeOf(request, false));
            return;
        }
        long length = request.getContentLengthLong();
        if (length > MAX_REQUEST_BYTES) {
            LOG.info(() -> "Request of " + length + " bytes to " + request.getRequestURI() + " refused (limit "
                    + MAX_REQUEST_BYTES + ")");
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "upload.tooLarge",
                    localeOf(request, request.getUserPrincipal() != null));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The person's chosen language when logged in, else what the browser asks for (Vietnamese by default). */
    private Locale localeOf(HttpServletRequest request, boolean loggedIn) {
        if (loggedIn && request.getSession(false) != null) {
            try {
                return session.get().getLocale();
            } catch (RuntimeException noSessionBean) {
                // fall back to the browser's language
            }
        }
        String language = request.getHeader("Accept-Language");
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key,
                               Locale locale) throws IOException {
        String title = Messages.text(locale, key + ".title");
        String text = Messages.text(locale, key + ".text", FileRules.MAX_BYTES / (1024 * 1024));
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getServletPath().startsWith("/api")) {
            response.setContentType("application/json");
            response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("error", text).build().toString());
            response.getWriter().flush();
            return;
        }
        response.setContentType("text/html");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/><title>"
                + escape(title) + "</title></head><body><main><h1 id=\"uploadRefused\">" + escape(title)
                + "</h1><p id=\"uploadRefusedText\">" + escape(text) + "</p><p><a href=\""
                + escape(request.getContextPath()) + "/index.xhtml\">" + escape(Messages.text(locale, "upload.back"))
                + "</a></p></main></body></html>");
        out.flush();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
