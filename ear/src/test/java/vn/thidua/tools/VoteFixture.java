package vn.thidua.tools;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.ballot.internal.crypto.Group;
import vn.thidua.ballot.internal.crypto.ThresholdKey;

/**
 * The voters of the vote benchmark and the crash test: {@code voters} member units in
 * blocs of {@code blocSize} (each bloc one open electronic commendation ballot, every
 * member present, written directly with plain SQL under a tag of its own), their demo-realm
 * accounts, their logins (FORM login with the login form's token) and their votes through
 * the JSON API. {@link #cleanUp()} removes all of it again, except the votes' audit entries
 * (the audit trail is append-only). Every request goes to the portal's loopback address.
 */
final class VoteFixture {

    static final String PASSWORD = "Bench@2024";
    /** The demo login form's anti-forgery field (the login is refused without it). */
    private static final String LOGIN_TOKEN = "thidua_login_token";
    private static final Pattern LOGIN_TOKEN_FIELD = Pattern.compile("name=\"" + LOGIN_TOKEN + "\" value=\"([^\"]*)\"");
    private static final Pattern RECEIPT = Pattern.compile("\"receipt\"\\s*:\\s*\"([^\"]+)\"");
    private static final String REALM = "ThiduaDemoRealm";

    private final String base;
    private final String jdbcUrl;
    private final Path serverDir;
    private final String tag;

    /** A voter and, once logged in, the session cookie the portal gave them. */
    record Voter(String username, long ballotId, long candidateId, String session) {
    }

    /** One HTTP client for every voter (as many browsers share nothing but the network): cookies are per voter. */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** {@code prefix}: one letter naming the tool, so that its rows are recognisable (B bench, C crash test). */
    VoteFixture(String base, String jdbcUrl, Path serverDir, String prefix) {
        this.base = base;
        this.jdbcUrl = jdbcUrl;
        this.serverDir = serverDir;
        this.tag = prefix + Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase(Locale.ROOT);
    }

    String tag() {
        return tag;
    }

    Connection connect() throws Exception {
        return DriverManager.getConnection(jdbcUrl, "thidua", "thidua");
    }

    // ---- fixture ----

    List<Voter> prepare(Connection db, int voters, int blocSize) throws Exception {
        long province = single(db, "SELECT id FROM province ORDER BY id LIMIT 1");
        List<Voter> list = new ArrayList<>();
        int blocs = (voters + blocSize - 1) / blocSize;
        db.setAutoCommit(false);
        for (int b = 0; b < blocs; b++) {
            long bloc = insert(db, "INSERT INTO bloc (province_id, code, name, version) VALUES (?, ?, ?, 1)",
                    province, tag + "-K" + b, "Khối đo hiệu năng " + tag + " số " + b);
            long meeting = insert(db, "INSERT INTO meeting (bloc_id, year, kind, held_on, place, chair, version)"
                    + " VALUES (?, 2099, 'YEAR_END', '2099-12-27', 'Hội trường', 'Chủ trì', 1)", bloc);
            long ballot = insert(db, "INSERT INTO ballot (meeting_id, bloc_id, year, kind, voting_mode, title, status,"
                    + " entitled, quorum_numerator, quorum_denominator, threshold_percent, threshold_mode, flag_needs_first,"
                    + " tie_resolution, version) VALUES (?, ?, 2099, 'COMMENDATION', 'ELECTRONIC', ?, 'OPEN', ?, 2, 3, 50,"
                    + " 'MORE_THAN', TRUE, 'RUNOFF', 1)", meeting, bloc, "Bình bầu đo hiệu năng " + b,
                    Math.min(blocSize, voters - b * blocSize));
            long seat = insert(db, "INSERT INTO ballot_seat (ballot_id, seat, quota) VALUES (?, 'CERTIFICATE_OF_MERIT', 3)", ballot);
            // the public side of a key (issue 11): the portal encrypts every vote under it; no share is kept
            ThresholdKey key = ThresholdKey.generate(new SecureRandom()).key();
            insert(db, "INSERT INTO ballot_election (ballot_id, election_id, threshold, public_key, commitments)"
                    + " VALUES (?, ?, ?, ?, ?)", ballot, "bench-" + tag + "-" + ballot, key.threshold(),
                    Group.encode(key.publicKey()), String.join(",", key.commitments().stream().map(Group::encode).toList()));
            List<Long> candidates = new ArrayList<>();
            for (int m = 0; m < blocSize && b * blocSize + m < voters; m++) {
                int n = b * blocSize + m;
                String code = tag + "U" + n;
                long unit = insert(db, "INSERT INTO unit (code, name, short_name, province_id, valid_from, version)"
                        + " VALUES (?, ?, ?, ?, '2000-01-01', 1)", code, "Đơn vị đo hiệu năng " + code, code, province);
                insert(db, "INSERT INTO membership (bloc_id, unit_id, year) VALUES (?, ?, 2099)", bloc, unit);
                insert(db, "INSERT INTO ballot_presence (ballot_id, unit_id) VALUES (?, ?)", ballot, unit);
                if (m < 4) {
                    candidates.add(insert(db, "INSERT INTO ballot_candidate (seat_id, unit_id) VALUES (?, ?)", seat, unit));
                }
                String username = (tag + "v" + n).toLowerCase(Locale.ROOT);
                insert(db, "INSERT INTO portal_user (username, display_name, unit_id, created_at) VALUES (?, ?, ?, NOW(3))",
                        username, "Người bỏ phiếu " + n, unit);
                list.add(new Voter(username, ballot, 0, null));
            }
            for (int i = list.size() - Math.min(blocSize, voters - b * blocSize); i < list.size(); i++) {
                Voter v = list.get(i);
                list.set(i, new Voter(v.username(), v.ballotId(), candidates.get(i % candidates.size()), null));
            }
        }
        db.commit();
        db.setAutoCommit(true);
        System.out.printf("Prepared %d ballots with %d voters%n", blocs, list.size());
        return list;
    }

    /** The fixture's ballots, by id. */
    List<Long> ballotIds(Connection db) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT b.id FROM ballot b JOIN bloc k ON k.id = b.bloc_id"
                + " WHERE k.code LIKE ? ORDER BY b.id")) {
            s.setString(1, tag + "-K%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The fixture's stored ballots (cast_ballot rows) or participation rows ({@code table}). */
    long countRows(Connection db, String table) throws Exception {
        return single(db, "SELECT COUNT(*) FROM " + table + " x JOIN ballot b ON b.id = x.ballot_id"
                + " JOIN bloc k ON k.id = b.bloc_id WHERE k.code LIKE ?", tag + "-K%");
    }

    void addAccounts(List<Voter> list) throws Exception {
        StringBuilder users = new StringBuilder();
        StringBuilder roles = new StringBuilder();
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        for (Voter v : list) {
            String digest = HexFormat.of().formatHex(md5.digest((v.username() + ":" + REALM + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
            users.append(v.username()).append('=').append(digest).append('\n');
            roles.append(v.username()).append("=member_representative\n");
        }
        Files.writeString(usersFile(), users.toString(), StandardOpenOption.APPEND);
        Files.writeString(rolesFile(), roles.toString(), StandardOpenOption.APPEND);
        reloadRealm();
    }

    List<Voter> login(List<Voter> list, int concurrency) throws Exception {
        long start = System.nanoTime();
        List<Callable<Voter>> tasks = new ArrayList<>();
        for (Voter v : list) {
            tasks.add(() -> new Voter(v.username(), v.ballotId(), v.candidateId(), login(v.username(), PASSWORD)));
        }
        List<Voter> loggedIn = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            for (Future<Voter> f : pool.invokeAll(tasks, 10, TimeUnit.MINUTES)) {
                loggedIn.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("Logged in %d voters in %.1f s%n", loggedIn.size(), (System.nanoTime() - start) / 1e9);
        return loggedIn;
    }

    /** Logs one account in through the login form; returns its session cookie ({@code JSESSIONID=…}). */
    String login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = sessionCookie(page, null);
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + username + "&j_password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&" + LOGIN_TOKEN + "="
                        + loginToken(page.body()))).build(),
                HttpResponse.BodyHandlers.discarding());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("login")) {
            throw new IllegalStateException("login refused for " + username + ": " + login.statusCode());
        }
        return sessionCookie(login, session);
    }

    /**
     * Logs one account in and loads the page the login redirects to, as a browser does: the
     * portal gives the session a new id on the first request after the login, so the cookie
     * returned stays valid for every later request.
     */
    String loginAndSettle(String username, String password) throws IOException, InterruptedException {
        String session = login(username, password);
        HttpResponse<String> home = get("/index.xhtml", session, "text/html");
        return sessionCookie(home, session);
    }

    /** One vote through the JSON API (201 and {@code {"receipt": tracker}} when stored). */
    HttpResponse<String> cast(Voter v, Duration timeout) throws IOException, InterruptedException {
        return cast(v, v.session(), timeout);
    }

    /**
     * One vote in the given session cookie: the first request after a login changes the
     * session's id, so a client that sends more than one request must follow
     * {@link #sessionCookie(HttpResponse, String)}.
     */
    HttpResponse<String> cast(Voter v, String session, Duration timeout) throws IOException, InterruptedException {
        String body = "{\"choices\":{\"CERTIFICATE_OF_MERIT\":[" + v.candidateId() + "]}}";
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/ballots/" + v.ballotId() + "/votes"))
                        .timeout(timeout).header("Cookie", session).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET of a portal address ({@code path} after the context root) in a session. */
    HttpResponse<String> get(String path, String session, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Cookie", session).header("Accept", accept).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The tracker in a vote's answer, or null. */
    static String tracker(String body) {
        Matcher m = RECEIPT.matcher(body == null ? "" : body);
        return m.find() ? m.group(1) : null;
    }

    // ---- clean-up ----

    void cleanUp() {
        try (Connection db = connect(); Statement s = db.createStatement()) {
            String blocs = "(SELECT id FROM bloc WHERE code LIKE '" + tag + "-K%')";
            String ballots = "(SELECT id FROM ballot WHERE bloc_id IN " + blocs + ")";
            s.executeUpdate("DELETE FROM cast_ciphertext WHERE ballot_id IN " + ballots);
            s.executeUpdate("DELETE FROM cast_ballot WHERE ballot_id IN " + ballots);
            s.executeUpdate("DELETE FROM ballot_election WHERE ballot_id IN " + ballots);
            s.executeUpdate("DELETE FROM ballot_participation WHERE ballot_id IN " + ballots);
            s.executeUpdate("DELETE FROM ballot_presence WHERE ballot_id IN " + ballots);
            s.executeUpdate("DELETE FROM ballot_candidate WHERE seat_id IN (SELECT id FROM ballot_seat WHERE ballot_id IN "
                    + ballots + ")");
            s.executeUpdate("DELETE FROM ballot_seat WHERE ballot_id IN " + ballots);
            s.executeUpdate("DELETE FROM ballot WHERE bloc_id IN " + blocs);
            s.executeUpdate("DELETE FROM meeting WHERE bloc_id IN " + blocs);
            s.executeUpdate("DELETE FROM membership WHERE bloc_id IN " + blocs);
            s.executeUpdate("DELETE FROM bloc WHERE code LIKE '" + tag + "-K%'");
            s.executeUpdate("DELETE FROM portal_user WHERE username LIKE '" + tag.toLowerCase(Locale.ROOT) + "v%'");
            s.executeUpdate("DELETE FROM unit WHERE code LIKE '" + tag + "U%'");
            removeAccounts();
            System.out.println("Fixture " + tag + " removed (the votes' audit entries stay: the audit trail is append-only).");
        } catch (Exception e) {
            System.out.println("Clean-up of " + tag + " incomplete: " + e.getMessage());
        }
    }

    private void removeAccounts() throws Exception {
        String prefix = tag.toLowerCase(Locale.ROOT) + "v";
        for (Path file : List.of(usersFile(), rolesFile())) {
            List<String> kept = Files.readAllLines(file).stream().filter(l -> !l.startsWith(prefix)).toList();
            Files.write(file, kept);
        }
        reloadRealm();
    }

    private void reloadRealm() throws IOException, InterruptedException {
        Process cli = new ProcessBuilder(serverDir.resolve("bin/jboss-cli.sh").toString(), "-c",
                "--controller=127.0.0.1:9990", "--command=/subsystem=elytron/properties-realm=" + REALM + ":load")
                .redirectErrorStream(true).start();
        String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (cli.waitFor() != 0 || !out.contains("success")) {
            throw new IllegalStateException("could not reload the demo realm: " + out);
        }
    }

    /** The value of the demo login form's anti-forgery field in a login page. */
    private static String loginToken(String loginPage) {
        Matcher token = LOGIN_TOKEN_FIELD.matcher(loginPage);
        if (!token.find()) {
            throw new IllegalStateException("no login form token in the login page");
        }
        return token.group(1);
    }

    /** The JSESSIONID the response sets (the portal changes it at login), or the one before. */
    static String sessionCookie(HttpResponse<?> response, String before) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).reduce((a, b) -> b)
                .orElse(before);
    }

    private Path usersFile() {
        return serverDir.resolve("standalone/configuration/thidua-users.properties");
    }

    private Path rolesFile() {
        return serverDir.resolve("standalone/configuration/thidua-roles.properties");
    }

    static long single(Connection db, String sql, Object... params) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static long insert(Connection db, String sql, Object... params) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
