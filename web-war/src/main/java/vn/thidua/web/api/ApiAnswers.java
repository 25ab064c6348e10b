package vn.thidua.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import vn.thidua.web.Messages;

/**
 * The API's error answers outside JAX-RS (servlet filters, the container's error dispatch):
 * the same JSON shape {@code {"error": "…"}}, the same languages and the same texts per
 * status as {@link ApiErrors}.
 */
public final class ApiAnswers {

    /** Looked up once: {@code Json.createX} searches the service providers on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The path prefix of the API below the context path. */
    public static final String PATH = "/api/";

    /** Seconds a client should wait before retrying after a 503. */
    static final String RETRY_AFTER_SECONDS = "30";

    private static final Map<Integer, String> KEYS = Map.of(
            400, "api.error.badRequest",
            401, "api.error.unauthorized",
            403, "error.accessDenied",
            404, "api.error.notFound",
            405, "api.error.methodNotAllowed",
            406, "api.error.notAcceptable",
            409, "error.concurrentChange",
            413, "api.error.tooLarge",
            415, "api.error.unsupportedMediaType",
            503, "api.error.unavailable");

    private ApiAnswers() {
    }

    /** The message key for an answer with {@code status}. */
    public static String key(int status) {
        return KEYS.getOrDefault(status, status >= 500 ? "error.unexpected" : "api.error.badRequest");
    }

    /** English when the caller's first language is English, Vietnamese otherwise. */
    public static Locale locale(String language) {
        return language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.forLanguageTag("vi");
    }

    /** Whether {@code path} (servlet path plus path info, or a request URI without context) is the API. */
    public static boolean isApi(String path) {
        return path != null && path.startsWith(PATH);
    }

    /** Writes the JSON answer for {@code status} with the text of {@code key} in the caller's language. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        String text = Messages.text(locale(request.getHeader("Accept-Language")), key);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        response.getWriter().write(JSON.createObjectBuilder().add("error", text).build().toString());
        response.flushBuffer();
    }
}
