package vn.thidua.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The anti-forgery token of the demo login form ({@code j_security_check}): a random value
 * kept in the visitor's session and written into the form as a hidden field; a login POST
 * without the session's value is refused before the login is even tried (see
 * {@link HttpHardening}). A page of another site can neither read the value nor, without
 * the session cookie (SameSite=Lax), present the session.
 */
@Named
@RequestScoped
public class LoginFormToken {

    /** The form field. */
    public static final String PARAMETER = "thidua_login_token";

    /** The session attribute holding the value. */
    static final String SESSION_ATTRIBUTE = LoginFormToken.class.getName();

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The session's token, created with the session if need be. */
    public String getValue() {
        Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        return (String) session.computeIfAbsent(SESSION_ATTRIBUTE, k -> newToken());
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code presented} is the session's {@code expected} token (compared in constant time). */
    static boolean matches(Object expected, String presented) {
        return expected instanceof String value && presented != null && !presented.isEmpty()
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                        presented.getBytes(StandardCharsets.US_ASCII));
    }
}
