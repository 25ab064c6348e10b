package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A demo account's session with the portal over HTTP, for tests that run inside the server
 * (Arquillian in-container): the demo login form with its anti-forgery token, then JSON
 * and page requests with the session's cookie. Tests that run as a client use
 * {@link PortalClient}, which also speaks single sign-on.
 */
final class MemberHttp {

    static final String BASE = "http://127.0.0.1:"
            + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 100)) + "/thidua";
    static final String PASSWORD = "ThiDua@2024";

    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"thidua_login_token\" value=\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private MemberHttp() {
    }

    /** Logs {@code user} in through the demo login form and checks the welcome page. */
    static MemberHttp login(String user) throws Exception {
        MemberHttp http = new MemberHttp();
        HttpResponse<String> page = http.client.send(HttpRequest.newBuilder(URI.create(BASE + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = LOGIN_TOKEN.matcher(page.body());
        assertTrue(token.find(), "the login form's token field");
        HttpResponse<String> done = http.client.send(HttpRequest.newBuilder(URI.create(BASE + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user
                        + "&j_password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                        + "&thidua_login_token=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(done.body().contains("id=\"welcome\""), "logged in as " + user);
        return http;
    }

    /** GET a JSON answer (path from /thidua on). */
    HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertNotNull(r.body());
        return r;
    }

    /** GET a JSON answer in {@code language}. */
    HttpResponse<String> get(String path, String language) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", "application/json")
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** GET a page as a browser asks for it, in Vietnamese. */
    HttpResponse<String> page(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", "text/html")
                .header("Accept-Language", "vi").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** POST a JSON body, answers in {@code language}. */
    HttpResponse<String> post(String path, String json, String language) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POST raw bytes (e.g. a body that is not UTF-8) with {@code contentType}, answers in English. */
    HttpResponse<String> postBytes(String path, byte[] body, String contentType) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", contentType)
                .header("Accept", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
