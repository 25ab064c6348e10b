package vn.thidua.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import vn.thidua.shared.InvalidInputException;

/**
 * What every request body of the API must be before a resource sees it: at most
 * {@value #DEFAULT_MAX_BYTES} bytes (system property {@value #MAX_BYTES_PROPERTY}; more is
 * answered 413 without reading on), and, for JSON, well-formed UTF-8 (RFC 8259; a JSON
 * parser would otherwise read broken bytes as U+FFFD and go on). Applies to every resource
 * method that takes a body.
 */
@Provider
public class ApiBodyLimits implements ReaderInterceptor {

    static final String MAX_BYTES_PROPERTY = "thidua.api.max-body-bytes";
    static final int DEFAULT_MAX_BYTES = 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        int max = Integer.getInteger(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES);
        String length = context.getHeaders().getFirst("Content-Length");
        if (length != null && tooLarge(length, max)) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        byte[] body = read(context.getInputStream(), max);
        if (isJson(context.getMediaType())) {
            requireUtf8(body);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** At most {@code max} bytes of {@code in}; 413 when there are more. */
    static byte[] read(InputStream in, int max) throws IOException {
        byte[] body = in.readNBytes(max + 1);
        if (body.length > max) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        return body;
    }

    /** Refuses (400) bytes that are not UTF-8. */
    static void requireUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("api.error.encoding");
        }
    }

    private static boolean tooLarge(String length, int max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** JSON in UTF-8: no charset, or UTF-8 named (RFC 8259 allows nothing else). */
    private static boolean isJson(MediaType type) {
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.getSubtype().endsWith("+json")) {
            return false;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null || StandardCharsets.UTF_8.name().equalsIgnoreCase(charset);
    }
}
