package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.it.AccessMatrix.Role;
import vn.thidua.it.AccessMatrix.Row;

/**
 * The declared access matrix, docs/access-matrix.tsv, checked cell by cell as real logins:
 * one dynamic test per (row, role). Pages and API endpoints are asked over HTTP by a session
 * that logged in through the demo login form (one session per role, reused across its cells);
 * service methods are called in the server by {@link AccessMatrixCalls}, under the identity the
 * portal's Elytron security domain gives for the demo account's user name and password, in a
 * transaction that is rolled back. The data is the test's own ({@link AccessMatrixFixture},
 * year 2088). The answers actually seen are written to ear/target/access-matrix-actual.tsv.
 * Demo logins only: not part of the single sign-on run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final String BASE = PortalClient.BASE;
    private static final String TESTS = BASE.replace("/thidua", "/thidua-tests");
    private static final String PASSWORD = "ThiDua@2024";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"thidua_login_token\" value=\"([^\"]*)\"");
    private static final String FORBIDDEN_TITLE = "Không có quyền truy cập";
    private static final String NOT_FOUND_TITLE = "Không tìm thấy trang";
    private static final String ERROR_TITLE = "Lỗi hệ thống";

    private static Map<String, Long> ids;
    private static final Map<Role, HttpClient> SESSIONS = new EnumMap<>(Role.class);
    private static final Map<Integer, Map<Role, String>> ACTUAL = new TreeMap<>();
    private static final List<String> DETAILS = new ArrayList<>();
    private static final HttpClient SERVER = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests("org.wildfly.security.elytron", AccessMatrixFixture.class, AccessMatrixCalls.class,
                AccessMatrixServlet.class, MemberHttp.class);
    }

    @BeforeAll
    static void fixture() throws Exception {
        HttpResponse<String> made = SERVER.send(HttpRequest.newBuilder(URI.create(TESTS + "/access-matrix?fixture"))
                .timeout(Duration.ofMinutes(3)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, made.statusCode(), made.body());
        Map<String, Long> read = new LinkedHashMap<>();
        for (String line : made.body().split("\n")) {
            if (line.contains("=")) {
                read.put(line.substring(0, line.indexOf('=')), Long.valueOf(line.substring(line.indexOf('=') + 1).trim()));
            }
        }
        ids = read;
    }

    @AfterAll
    static void writeActual() throws IOException {
        List<Row> rows = AccessMatrix.rows();
        StringBuilder out = new StringBuilder("kind\ttarget\tresource\teffect");
        Stream.of(Role.values()).forEach(r -> out.append('\t').append(r.column));
        out.append('\n');
        for (Row row : rows) {
            Map<Role, String> seen = ACTUAL.get(row.line());
            out.append(row.kind()).append('\t').append(row.target()).append('\t').append(row.resource()).append('\t')
                    .append(row.effect());
            for (Role role : Role.values()) {
                out.append('\t').append(seen == null ? "?" : seen.getOrDefault(role, "?"));
            }
            out.append('\n');
        }
        Files.writeString(Path.of("target/access-matrix-actual.tsv"), out.toString(), StandardCharsets.UTF_8);
        Files.write(Path.of("target/access-matrix-services.txt"), DETAILS, StandardCharsets.UTF_8);
    }

    @Test
    void theMatrixCoversEveryPageEndpointAndServiceMethod() {
        Set<String> declared = new TreeSet<>();
        for (Row row : AccessMatrix.rows()) {
            declared.add(row.kind() + " " + row.coverageKey());
        }
        Set<String> inCode = new TreeSet<>();
        AccessMatrix.pages().forEach(p -> inCode.add("page " + p));
        AccessMatrix.endpoints().forEach(e -> inCode.add("api " + e));
        AccessMatrix.serviceMethods().forEach(m -> inCode.add("service " + m));
        Set<String> missing = new TreeSet<>(inCode);
        missing.removeAll(declared);
        Set<String> stale = new TreeSet<>(declared);
        stale.removeAll(inCode);
        assertEquals(Set.of(), missing, "pages, endpoints or service methods without a row in docs/access-matrix.tsv");
        assertEquals(Set.of(), stale, "rows of docs/access-matrix.tsv for something the code no longer has");
        assertTrue(AccessMatrix.pages().size() >= 26 && AccessMatrix.endpoints().size() >= 13
                && AccessMatrix.serviceMethods().size() >= 130, "the scan of the sources found what there is");
    }

    @Test
    void everyResourceTypeHasIdorAttemptsThatTheOtherBlocAndTheOutsiderLose() {
        List<Row> rows = AccessMatrix.rows();
        List<String> problems = new ArrayList<>();
        for (String type : AccessMatrix.RESOURCE_TYPES) {
            // pages and endpoints name the id in the target; every service row with a resource runs with the fixture's ids
            List<Row> ofType = rows.stream().filter(r -> r.resource().equals(type)
                    && (r.kind().equals("service") || r.target().contains("{"))).toList();
            // awards are public decisions (the registry is open to every role); evidence files never change
            boolean refusedToOthers = !type.equals("award");
            for (String effect : type.equals("award") || type.equals("evidence") ? List.of("read") : List.of("read", "write")) {
                boolean found = ofType.stream().anyMatch(r -> r.effect().equals(effect)
                        && (!refusedToOthers || (refused(r.answers().get(Role.OTHER_BLOC)) && refused(r.answers().get(Role.REPRESENTATIVE)))));
                if (!found) {
                    problems.add(type + ": no " + effect + " target taking its id" + (refusedToOthers ? " refused to otherBloc and representative" : ""));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @TestFactory
    Stream<DynamicTest> pageAndApiCells() {
        return AccessMatrix.rows().stream().filter(r -> !r.kind().equals("service"))
                .flatMap(row -> Stream.of(Role.values()).map(role -> DynamicTest.dynamicTest(
                        row.kind() + " " + row.target() + " as " + role.column + " -> " + row.answers().get(role),
                        () -> httpCell(row, role))));
    }

    @TestFactory
    Stream<DynamicTest> serviceCells() {
        return AccessMatrix.rows().stream().filter(r -> r.kind().equals("service"))
                .flatMap(row -> Stream.of(Role.values()).map(role -> DynamicTest.dynamicTest(
                        "service " + row.target() + " as " + role.column + " -> " + row.answers().get(role),
                        () -> serviceCell(row, role))));
    }

    // ---- cells ----

    private static void httpCell(Row row, Role role) throws Exception {
        String expected = row.answers().get(role);
        String target = resolve(row.target());
        HttpResponse<String> response;
        if (row.kind().equals("api")) {
            String method = target.substring(0, target.indexOf(' '));
            String path = target.substring(target.indexOf(' ') + 1);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", "application/json")
                    .header("Accept-Language", "vi").timeout(Duration.ofSeconds(30));
            if (method.equals("POST")) {
                request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body(path)));
            } else {
                request.GET();
            }
            response = session(role).send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } else {
            response = session(role).send(HttpRequest.newBuilder(URI.create(BASE + target)).header("Accept", "text/html")
                    .header("Accept-Language", "vi").timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        String actual = answer(row, response);
        record(row, role, actual);
        assertEquals(expected, actual, row.kind() + " " + target + " as " + role.column + " (" + role.username + "): "
                + response.statusCode() + " " + snippet(response.body()));
    }

    /** What a person got, in the matrix's words, after checking the answer is what its status says. */
    private static String answer(Row row, HttpResponse<String> response) {
        String body = response.body();
        int status = response.statusCode();
        boolean loginPage = row.target().startsWith("/login");
        if (row.kind().equals("page")) {
            if (!loginPage && body.contains("j_security_check")) {
                return "login";
            }
            if (status == 403 && !body.contains(FORBIDDEN_TITLE)) {
                return "403 without the 403 page";
            }
            if (status == 200 && !row.target().startsWith("/error/") && !loginPage
                    && (!body.contains("id=\"menuForm\"") || body.contains("<title>" + FORBIDDEN_TITLE)
                    || body.contains("<title>" + NOT_FOUND_TITLE) || body.contains("<title>" + ERROR_TITLE))) {
                return "200 but not the page";
            }
            return String.valueOf(status);
        }
        if (status / 100 == 2) {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonStructure json = reader.read();
                // lists of the caller's own things are arrays; everything else is one object
                boolean list = row.target().endsWith("/mine");
                if (json == null || (list ? !(json instanceof jakarta.json.JsonArray) : !(json instanceof jakarta.json.JsonObject))) {
                    return status + " with JSON of another shape";
                }
            } catch (RuntimeException e) {
                return status + " without JSON";
            }
        } else if (status != 404 && !body.contains("\"error\"")) {
            return status + " without the JSON error";
        }
        return String.valueOf(status);
    }

    private static void serviceCell(Row row, Role role) throws Exception {
        String expected = row.answers().get(role);
        String target = URLEncoder.encode(row.target(), StandardCharsets.UTF_8);
        HttpResponse<String> response = SERVER.send(HttpRequest.newBuilder(URI.create(TESTS + "/access-matrix?target=" + target
                + "&user=" + (role.username == null ? "" : role.username))).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        String result = response.body().trim();
        String actual = result.contains(" ") ? result.substring(0, result.indexOf(' ')) : result;
        record(row, role, actual);
        synchronized (DETAILS) {
            DETAILS.add(row.target() + "\t" + role.column + "\t" + result);
        }
        if (actual.equals("none")) {
            fail("no call written for " + row.target());
        }
        assertEquals(expected, actual, row.target() + " as " + role.column + " (" + role.username + "): " + result);
    }

    // ---- helpers ----

    private static synchronized void record(Row row, Role role, String actual) {
        ACTUAL.computeIfAbsent(row.line(), k -> new EnumMap<>(Role.class)).put(role, actual);
    }

    private static boolean refused(String answer) {
        return "403".equals(answer) || "deny".equals(answer) || "404".equals(answer);
    }

    private static String resolve(String target) {
        Matcher m = PLACEHOLDER.matcher(target);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Long id = ids.get(m.group(1));
            if (id == null) {
                throw new IllegalStateException("no fixture id for {" + m.group(1) + "} in " + target + "; ids: " + ids);
            }
            m.appendReplacement(out, String.valueOf(id));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The body an API client sends to a POST endpoint: as a voter would, with the fixture's values. */
    private static String body(String path) {
        if (path.endsWith("/receipts")) {
            return "{\"receipt\": \"" + "ab".repeat(32) + "\"}";
        }
        if (path.endsWith("/votes")) {
            return "{\"choices\": {}}";
        }
        return "{}";
    }

    /** The session of a role: logged in once through the demo login form (anonymous: none). */
    private static synchronized HttpClient session(Role role) throws Exception {
        HttpClient client = SESSIONS.get(role);
        if (client == null) {
            client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            if (role.username != null) {
                logIn(client, role.username);
            }
            SESSIONS.put(role, client);
        }
        return client;
    }

    private static void logIn(HttpClient client, String username) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(BASE + "/index.xhtml"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher token = LOGIN_TOKEN.matcher(page.body());
        assertTrue(token.find(), "the login form's token field");
        HttpResponse<String> done = client.send(HttpRequest.newBuilder(URI.create(BASE + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(PortalClient.form("j_username", username, "j_password", PASSWORD,
                        "thidua_login_token", token.group(1)))).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (int hops = 0; hops < 5 && done.statusCode() / 100 == 3; hops++) {
            URI next = done.uri().resolve(done.headers().firstValue("Location").orElseThrow());
            done = client.send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        assertTrue(done.body().contains("id=\"welcome\""), "logged in as " + username + ": " + done.statusCode());
    }

    private static String snippet(String body) {
        String text = body.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
