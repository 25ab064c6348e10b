package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal's HTTP answers as a browser, a script or an attacker meets them (issue 12):
 * the security headers on every kind of answer; a member of Bloc 01 opening Bloc 03's pages
 * by id gets 403 with the 403 page (not 500, and nothing logged as an error); unknown ids get
 * 404; the API answers JSON with 400 (malformed JSON, wrong shape, broken UTF-8), 401, 404,
 * 405 and 413; forged POSTs (the login form without its token, a Faces form without its view
 * state) are refused; the session cookie is not Secure over plain HTTP, and a client cannot
 * make it so by claiming TLS in a forwarded header. The 503 of an unreachable database is
 * checked by unit tests of the mapping (web-war) and by the database-outage test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpHardeningIT {

    private static final int YEAR = 2047;
    private static final String FORBIDDEN_TITLE = "Không có quyền truy cập";
    private static final String NOT_FOUND_TITLE = "Không tìm thấy trang";
    private static final String EXPIRED_TITLE = "Phiên làm việc đã hết hạn";
    private static final String NOT_JSON = "Nội dung yêu cầu không phải JSON hợp lệ hoặc không đúng cấu trúc mà API yêu cầu.";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern SECURE = Pattern.compile(";\\s*secure(\\s*;|\\s*$)", Pattern.CASE_INSENSITIVE);

    private static long bloc03;
    private static long meeting03;
    private static long proposal03;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(Bloc03Fixture.class);
    }

    /** Bloc 03 with a year, a conference and a proposal (Bloc 01's member sotc may open none of them). */
    @BeforeAll
    static void bloc03() throws Exception {
        HttpResponse<String> fixture = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                PortalClient.BASE + "-tests/bloc03-fixture?year=" + YEAR)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, fixture.statusCode(), fixture.body());
        String[] ids = fixture.body().trim().split(" ");
        bloc03 = Long.parseLong(ids[0]);
        meeting03 = Long.parseLong(ids[1]);
        proposal03 = Long.parseLong(ids[2]);
    }

    // ---- headers ----

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() throws Exception {
        PortalClient visitor = PortalClient.anonymous();
        HttpResponse<String> loginPage = visitor.page("/index.xhtml");
        assertTrue(loginPage.body().contains("j_security_check"), "the login page");
        assertSecurityHeaders("login page", loginPage);
        String csp = loginPage.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self' 'nonce-"), "PrimeFaces' nonce policy stays: " + csp);

        Matcher stylesheet = Pattern.compile("href=\"(/thidua/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(loginPage.body());
        assertTrue(stylesheet.find(), "the page links its stylesheet");
        HttpResponse<String> css = visitor.send(get(stylesheet.group(1).replace("&amp;", "&").substring("/thidua".length())));
        assertEquals(200, css.statusCode());
        assertSecurityHeaders("static resource", css);

        HttpResponse<String> noLogin = visitor.send(get("/api/me"));
        assertEquals(401, noLogin.statusCode());
        assertSecurityHeaders("API answer without login", noLogin);

        HttpResponse<String> login = visitor.send(form("/j_security_check", "j_username", "sotc", "j_password",
                BrowserSupport.PASSWORD, PortalClient.LOGIN_TOKEN, PortalClient.loginToken(loginPage.body())));
        assertEquals(3, login.statusCode() / 100, "the login's redirect: " + login.statusCode());
        assertSecurityHeaders("login redirect", login);

        HttpResponse<String> me = visitor.send(get("/api/me"));
        assertEquals(200, me.statusCode(), me.body());
        assertSecurityHeaders("API answer", me);

        HttpResponse<String> page = visitor.page("/blocs/mine.xhtml");
        assertEquals(200, page.statusCode());
        assertSecurityHeaders("page", page);

        HttpResponse<String> missing = visitor.page("/no/such/page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains(NOT_FOUND_TITLE), "the 404 page");
        assertSecurityHeaders("error page", missing);
    }

    // ---- honest statuses for pages ----

    @Test
    void aMemberOfBloc01OpeningBloc03sPagesById_gets403WithThe403PageAndNoErrorInTheLog() throws Exception {
        PortalClient finance = PortalClient.loggedIn(Person.FINANCE);
        long logStart = serverLogLength();
        List<String> refused = List.of(
                "/blocs/view.xhtml?id=" + bloc03 + "&year=" + YEAR,
                "/year/covenant.xhtml?bloc=" + bloc03 + "&year=" + YEAR,
                "/year/scores.xhtml?bloc=" + bloc03 + "&year=" + YEAR,
                "/year/activities.xhtml?bloc=" + bloc03 + "&year=" + YEAR,
                "/year/conferences.xhtml?bloc=" + bloc03 + "&year=" + YEAR,
                "/proposals/view.xhtml?id=" + proposal03,
                "/year/ballots.xhtml?meeting=" + meeting03);
        for (String path : refused) {
            PortalClient.Answer answer = finance.get(path);
            assertEquals(403, answer.status(), path);
            assertTrue(answer.body().contains(FORBIDDEN_TITLE), "the 403 page for " + path);
        }
        List<String> errors = serverLogSince(logStart).stream().filter(l -> l.contains(" ERROR ")).toList();
        assertEquals(List.of(), errors, "a refusal is no error of the portal");

        // the same member's own bloc opens
        long bloc01 = ownBloc(finance);
        assertEquals(200, finance.get("/blocs/view.xhtml?id=" + bloc01 + "&year=2024").status());
        assertEquals(200, finance.get("/year/covenant.xhtml?bloc=" + bloc01 + "&year=2024").status());
    }

    @Test
    void anAjaxRequestRefusedShowsThe403PageInThePartialResponse() throws Exception {
        PortalClient finance = PortalClient.loggedIn(Person.FINANCE);
        HttpResponse<String> ajax = finance.send(HttpRequest.newBuilder(URI.create(PortalClient.BASE
                        + "/blocs/view.xhtml?id=" + bloc03 + "&year=" + YEAR
                        + "&jakarta.faces.partial.ajax=true&jakarta.faces.partial.execute=%40all&jakarta.faces.partial.render=%40all"
                        // PrimeFaces' script sends a nonce with every AJAX request (CSP)
                        + "&primefaces.nonce=" + URLEncoder.encode(Base64.getEncoder().encodeToString(
                                UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)))
                .header("Faces-Request", "partial/ajax").header("Accept", "application/xml").GET().build());
        assertEquals(200, ajax.statusCode(), "an AJAX answer must stay 200 for the page's script");
        assertTrue(ajax.body().contains("<partial-response"), ajax.body());
        assertTrue(ajax.body().contains(FORBIDDEN_TITLE), "the 403 page, rendered into the AJAX answer: " + ajax.body());
    }

    @Test
    void unknownIdsAndPagesGet404WithThe404Page() throws Exception {
        PortalClient finance = PortalClient.loggedIn(Person.FINANCE);
        long logStart = serverLogLength();
        for (String path : List.of("/proposals/view.xhtml?id=987654321", "/blocs/view.xhtml?id=987654321&year=2024",
                "/no-such-page.xhtml")) {
            PortalClient.Answer answer = finance.get(path);
            assertEquals(404, answer.status(), path);
            assertTrue(answer.body().contains(NOT_FOUND_TITLE), "the 404 page for " + path);
        }
        assertEquals(List.of(), serverLogSince(logStart).stream().filter(l -> l.contains(" ERROR ")).toList());
    }

    // ---- the API ----

    @Test
    void theApiAnswersBadBodiesWith400InTheCallersLanguage() throws Exception {
        PortalClient finance = PortalClient.loggedIn(Person.FINANCE);
        String votes = "/api/ballots/987654321/votes";

        HttpResponse<String> malformed = finance.send(json(votes, "{\"choices\": {\"LEADER\": [1]", "vi"));
        assertApiError(400, NOT_JSON, malformed);

        assertApiError(400, NOT_JSON, finance.send(json(votes, "[1, 2, 3]", "vi")));
        assertApiError(400, NOT_JSON, finance.send(json(votes, "{\"choices\": \"LEADER\"}", "vi")));
        // ids must be whole numbers: 4.5 was once cut down to candidate 4 and cast
        assertApiError(400, NOT_JSON, finance.send(json(votes, "{\"choices\": {\"LEADER\": [4.5]}}", "vi")));
        assertApiError(400, NOT_JSON, finance.send(json(votes, "{\"choices\": {\"LEADER\": [1e309]}}", "vi")));
        assertApiError(400, NOT_JSON, finance.send(json(votes, "{\"unitId\": 1.5, \"choices\": {}}", "vi")));

        byte[] prefix = "{\"choices\": {\"LEADER\": [1]}, \"note\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[prefix.length + 4];
        System.arraycopy(prefix, 0, broken, 0, prefix.length);
        broken[prefix.length] = (byte) 0xC3;
        broken[prefix.length + 1] = (byte) 0x28;
        broken[prefix.length + 2] = '"';
        broken[prefix.length + 3] = '}';
        HttpResponse<String> notUtf8 = finance.send(HttpRequest.newBuilder(URI.create(PortalClient.BASE + votes))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(broken)).build());
        assertApiError(400, "Nội dung yêu cầu không phải văn bản UTF-8 hợp lệ.", notUtf8);

        HttpResponse<String> english = finance.send(json(votes, "{\"choices\": ", "en"));
        assertApiError(400, "The request body is not valid JSON or does not have the structure the API expects.", english);
    }

    @Test
    void theApiAnswers401404405And413InJson() throws Exception {
        HttpResponse<String> noLogin = PortalClient.anonymous().send(get("/api/blocs/mine"));
        assertApiError(401, "Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn.", noLogin);

        PortalClient finance = PortalClient.loggedIn(Person.FINANCE);
        assertApiError(404, "Không tìm thấy địa chỉ hoặc dữ liệu yêu cầu.", finance.send(get("/api/no/such/resource")));

        HttpResponse<String> wrongMethod = finance.send(HttpRequest.newBuilder(URI.create(PortalClient.BASE + "/api/me"))
                .header("Accept", "application/json").DELETE().build());
        assertApiError(405, "Địa chỉ này không hỗ trợ phương thức HTTP đã dùng.", wrongMethod);
        assertTrue(wrongMethod.headers().firstValue("Allow").orElse("").contains("GET"), wrongMethod.headers().map().toString());

        String big = "{\"note\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<String> tooLarge = finance.send(json("/api/ballots/987654321/votes", big, "vi"));
        assertApiError(413, "Nội dung yêu cầu quá lớn.", tooLarge);
    }

    // ---- forgery ----

    @Test
    void aLoginPostWithoutTheFormsTokenIsRefused() throws Exception {
        // the session and its token exist, the forged form does not carry the token
        PortalClient victim = PortalClient.anonymous();
        String ownToken = PortalClient.loginToken(victim.page("/index.xhtml").body());
        HttpResponse<String> forged = victim.send(form("/j_security_check", "j_username", "sotc", "j_password",
                BrowserSupport.PASSWORD));
        assertEquals(403, forged.statusCode(), "no token");
        assertTrue(forged.body().contains(FORBIDDEN_TITLE), forged.body());
        assertEquals(401, victim.send(get("/api/me")).statusCode(), "not logged in");

        // another visitor's token is no good either
        String othersToken = PortalClient.loginToken(PortalClient.anonymous().page("/index.xhtml").body());
        assertFalse(othersToken.equals(ownToken));
        assertEquals(403, victim.send(form("/j_security_check", "j_username", "sotc", "j_password",
                BrowserSupport.PASSWORD, PortalClient.LOGIN_TOKEN, othersToken)).statusCode());
        // a page of another site posts without the (SameSite) session cookie: no session, no token
        assertEquals(403, PortalClient.anonymous().send(form("/j_security_check", "j_username", "sotc", "j_password",
                BrowserSupport.PASSWORD, PortalClient.LOGIN_TOKEN, ownToken)).statusCode());
        assertEquals(401, victim.send(get("/api/me")).statusCode());

        // with its own token the same form logs in
        HttpResponse<String> genuine = victim.send(form("/j_security_check", "j_username", "sotc", "j_password",
                BrowserSupport.PASSWORD, PortalClient.LOGIN_TOKEN, ownToken));
        assertEquals(3, genuine.statusCode() / 100, "logged in: " + genuine.statusCode());
        assertEquals(200, victim.send(get("/api/me")).statusCode());
    }

    @Test
    void aFacesFormPostedWithoutItsViewStateChangesNothing() throws Exception {
        PortalClient finance = PortalClient.loggedIn(Person.FINANCE);
        HttpResponse<String> mine = finance.page("/blocs/mine.xhtml");
        String page = mine.body();
        assertTrue(page.contains("id=\"headerForm:langEn\""), "Vietnamese, with the switch to English");
        Matcher viewState = VIEW_STATE.matcher(page);
        assertTrue(viewState.find(), "the form's view state");
        // PrimeFaces' script adds the page's CSP nonce to every form it submits
        Matcher nonce = NONCE.matcher(mine.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(nonce.find(), "the page's nonce");

        // a page of another site cannot know the view state: a made-up one is refused
        HttpResponse<String> forged = finance.send(facesPost("/blocs/mine.xhtml", "-1234567890123456789:-987654321"));
        assertEquals(400, forged.statusCode());
        assertTrue(forged.body().contains(EXPIRED_TITLE), "the expired page: " + forged.body());
        // without any view state the POST is no postback: the action does not run
        finance.send(facesPost("/blocs/mine.xhtml", null));
        assertTrue(finance.page("/blocs/mine.xhtml").body().contains("id=\"headerForm:langEn\""), "still Vietnamese");

        // the page's own form, with its view state (and the nonce PrimeFaces' script adds), does switch the language
        HttpResponse<String> genuine = finance.send(form("/blocs/mine.xhtml", "headerForm", "headerForm",
                "headerForm:langEn", "headerForm:langEn", "jakarta.faces.ViewState", viewState.group(1),
                "primefaces.nonce", nonce.group(1)));
        assertTrue(genuine.statusCode() == 200 || genuine.statusCode() / 100 == 3, "the genuine form: " + genuine.statusCode());
        assertTrue(finance.page("/blocs/mine.xhtml").body().contains("id=\"headerForm:langVi\""), "now English");
    }

    // ---- the session cookie ----

    @Test
    void theSessionCookieIsNotSecureOverPlainHttpAndAForwardedHeaderDoesNotMakeItSo() throws Exception {
        HttpResponse<String> plain = PortalClient.anonymous().page("/login.xhtml");
        String cookie = sessionCookie(plain);
        assertFalse(SECURE.matcher(cookie).find(), "plain HTTP without a TLS proxy: " + cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);

        // the portal is not configured behind a TLS proxy (THIDUA_BEHIND_TLS_PROXY): the header is not trusted
        HttpResponse<String> claimed = PortalClient.anonymous().send(HttpRequest.newBuilder(URI.create(PortalClient.BASE
                + "/login.xhtml")).header("X-Forwarded-Proto", "https").header("Accept", "text/html").GET().build());
        assertFalse(SECURE.matcher(sessionCookie(claimed)).find(), sessionCookie(claimed));
    }

    // ---- helpers ----

    private static void assertSecurityHeaders(String what, HttpResponse<?> response) {
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), what);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null), what);
        List<String> csp = response.headers().allValues("Content-Security-Policy");
        assertFalse(csp.isEmpty(), what + ": a Content-Security-Policy");
        assertTrue(csp.stream().allMatch(p -> p.contains("frame-ancestors 'none'")), what + ": " + csp);
    }

    private static void assertApiError(int status, String message, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().map().toString());
        assertEquals(message, new PortalClient.Answer(status, response.body()).json().asJsonObject().getString("error"));
    }

    /** The member's demo bloc of 2024 (Bloc 01 for the Department of Finance); other tests may add blocs of other years. */
    private static long ownBloc(PortalClient member) throws Exception {
        jakarta.json.JsonArray mine = member.get("/api/blocs/mine").json().asJsonArray();
        return mine.getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(b -> b.getInt("year") == 2024 && "KTD01".equals(b.getString("code")))
                .mapToLong(b -> b.getJsonNumber("blocId").longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("Bloc 01 of 2024 among the member's blocs: " + mine));
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(PortalClient.BASE + path)).header("Accept", "application/json")
                .header("Accept-Language", "vi").GET().build();
    }

    private static HttpRequest json(String path, String body, String language) {
        return HttpRequest.newBuilder(URI.create(PortalClient.BASE + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static HttpRequest form(String path, String... pairs) {
        return HttpRequest.newBuilder(URI.create(PortalClient.BASE + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(PortalClient.form(pairs))).build();
    }

    /**
     * The language switch of the page header as a browser posts it, with {@code viewState}
     * (none when null); sent from another site (its Origin), as a forged form would be.
     */
    private static HttpRequest facesPost(String path, String viewState) {
        String body = viewState == null
                ? PortalClient.form("headerForm", "headerForm", "headerForm:langEn", "headerForm:langEn")
                : PortalClient.form("headerForm", "headerForm", "headerForm:langEn", "headerForm:langEn",
                        "jakarta.faces.ViewState", viewState);
        return HttpRequest.newBuilder(URI.create(PortalClient.BASE + path)).header("Accept", "text/html")
                .header("Origin", "http://attacker.example").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }

    private static Path serverLog() {
        return Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    }

    private static long serverLogLength() throws IOException {
        return Files.exists(serverLog()) ? Files.size(serverLog()) : 0;
    }

    private static List<String> serverLogSince(long start) throws IOException {
        if (!Files.exists(serverLog())) {
            return List.of();
        }
        try (RandomAccessFile log = new RandomAccessFile(serverLog().toFile(), "r")) {
            byte[] added = new byte[(int) Math.max(0, log.length() - start)];
            log.seek(start);
            log.readFully(added);
            return new String(added, StandardCharsets.UTF_8).lines().toList();
        }
    }
}
