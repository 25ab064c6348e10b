package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's HTTP session with the portal, logged in the way the test run's portal expects:
 * the demo FORM login, or single sign-on through the provider's login page (authorization
 * code flow, redirects followed by hand so that every hop is a real request).
 */
final class PortalClient {

    static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "8180") + "/thidua";

    /** The anti-forgery field of the demo login form. */
    static final String LOGIN_TOKEN = "thidua_login_token";

    private static final Pattern LOGIN_TOKEN_FIELD = Pattern.compile("name=\"" + LOGIN_TOKEN + "\" value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    /** An answer: status and body. */
    record Answer(int status, String body) {

        JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    private PortalClient() {
    }

    static PortalClient loggedIn(Person person) throws IOException, InterruptedException {
        PortalClient client = new PortalClient();
        client.logIn(person);
        return client;
    }

    /** A client that has not logged in (yet). */
    static PortalClient anonymous() {
        return new PortalClient();
    }

    /** A client that presents a given session id, as someone who learnt it would. */
    static PortalClient withSessionId(String sessionId) {
        PortalClient client = new PortalClient();
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/thidua");
        cookie.setVersion(0);
        client.cookies.getCookieStore().add(URI.create(BASE + "/"), cookie);
        return client;
    }

    void logIn(Person person) throws IOException, InterruptedException {
        if (OidcProviderForTests.active()) {
            singleSignOn(person);
        } else {
            formLogin(person);
        }
    }

    /** The value of one of the portal's cookies, or null. */
    String cookie(String name) {
        return cookies.getCookieStore().get(URI.create(BASE + "/")).stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** GET a portal page and keep the whole answer (headers too). */
    HttpResponse<String> page(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", "text/html").GET().build());
    }

    /** GET a portal path (from /thidua on), as a browser would ask for it. */
    Answer get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
                .header("Accept-Language", "vi").GET().build());
        return new Answer(response.statusCode(), response.body());
    }

    /** POST a JSON body to a portal path (from /thidua on), as an API client would. */
    Answer post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Accept-Language", "vi").POST(HttpRequest.BodyPublishers.ofString(json)).build());
        return new Answer(response.statusCode(), response.body());
    }

    private void formLogin(Person person) throws IOException, InterruptedException {
        HttpResponse<String> page = follow(BASE + "/index.xhtml", null);
        assertTrue(page.body().contains("j_security_check"), "the demo login page");
        HttpResponse<String> done = follow(BASE + "/j_security_check", form("j_username", person.username,
                "j_password", BrowserSupport.PASSWORD, LOGIN_TOKEN, loginToken(page.body())));
        assertEquals(200, done.statusCode());
        assertTrue(done.body().contains("id=\"welcome\""), "logged in as " + person.username);
    }

    private void singleSignOn(Person person) throws IOException, InterruptedException {
        HttpResponse<String> loginPage = follow(BASE + "/index.xhtml", null);
        assertTrue(loginPage.body().contains("name=\"claims\""), "the provider's login page");
        HttpResponse<String> done = follow(loginPage.uri().toString(), form("username", person.username, "claims", person.claims));
        assertEquals(200, done.statusCode(), done.uri().toString());
        assertTrue(done.uri().toString().startsWith(BASE), "back at the portal: " + done.uri());
    }

    /** Requests {@code url} (POST when a form is given) and follows redirects to the end. */
    private HttpResponse<String> follow(String url, String form) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html");
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        }
        HttpResponse<String> response = send(request.build());
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET().build());
        }
        return response;
    }

    /**
     * The anti-forgery token in a demo login page (the login form posts it with the
     * credentials, as a browser does; without it the login is refused).
     */
    static String loginToken(String loginPage) {
        Matcher token = LOGIN_TOKEN_FIELD.matcher(loginPage);
        assertTrue(token.find(), "the login form's token field");
        return token.group(1);
    }

    /** Sends a request with this client's cookies and keeps the body as bytes (a downloaded file). */
    HttpResponse<byte[]> sendBytes(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a request with this client's cookies; redirects are not followed. */
    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
