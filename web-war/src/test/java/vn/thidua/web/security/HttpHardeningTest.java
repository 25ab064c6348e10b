package vn.thidua.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;

/** The rules of the web server's hardening that do not need a server (the IT checks the rest). */
class HttpHardeningTest {

    @Test
    void theFrameAncestorsDirectiveJoinsAnyPolicyOnce() {
        assertEquals("frame-ancestors 'none'", HttpHardening.withFrameAncestors(null));
        assertEquals("script-src 'self' 'nonce-abc'; frame-ancestors 'none'",
                HttpHardening.withFrameAncestors("script-src 'self' 'nonce-abc';"));
        assertEquals("default-src 'self'; frame-ancestors 'none'", HttpHardening.withFrameAncestors("default-src 'self'"));
        String primeFaces = "frame-ancestors 'none'; script-src 'self' 'nonce-abc';";
        assertEquals(primeFaces, HttpHardening.withFrameAncestors(primeFaces));
    }

    @Test
    void cookiesAreSecureOnTlsOrBehindATlsProxyOnly() {
        assertFalse(HttpHardening.secureCookies(false, false), "plain HTTP, no proxy: a Secure cookie would never come back");
        assertTrue(HttpHardening.secureCookies(true, false), "the request came over TLS");
        assertTrue(HttpHardening.secureCookies(false, true), "behind the TLS proxy the browser always speaks HTTPS");

        Cookie session = new CookieImpl("JSESSIONID", "abc");
        Cookie other = new CookieImpl("other", "x");
        HttpHardening.markSecure(List.of(session, other));
        assertTrue(session.isSecure() && other.isSecure());
    }

    @Test
    void theLoginTokenIsRandomAndComparedExactly() {
        String token = LoginFormToken.newToken();
        assertNotEquals(token, LoginFormToken.newToken());
        assertTrue(token.length() >= 40, token);
        assertTrue(LoginFormToken.matches(token, token));
        assertFalse(LoginFormToken.matches(token, token.substring(1)));
        assertFalse(LoginFormToken.matches(token, null));
        assertFalse(LoginFormToken.matches(null, token), "no session token: refused");
        assertFalse(LoginFormToken.matches("", ""), "an empty token proves nothing");
    }
}
