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
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.ballot.internal.crypto.Group;
import vn.thidua.ballot.internal.crypto.ThresholdKey;

/**
 * The vote benchmark (README: {@code ./portal.sh bench}). Against the portal that
 * {@code ./portal.sh run} started on loopback it prepares {@code voters} member units in
 * blocs of {@code blocSize} (each bloc one open electronic commendation ballot, every
 * member present), logs every voter in, then lets them all cast at once through the JSON
 * API with {@code concurrency} parallel clients. It prints throughput, p50/p95/p99
 * latency, errors, and whether stored ballots equal acknowledged ones; then it measures
 * durable single-row inserts into the same MariaDB through plain JDBC (autocommit, the
 * same concurrency) and prints the ratio. The fixture is written with plain SQL (it is
 * not what is measured) and removed afterwards, except the audit entries of the votes,
 * which are append-only. Every request goes to 127.0.0.1 and the run stops by itself.
 */
public final class VoteBenchmark {

    private static final String PASSWORD = "Bench@2024";
    /** The demo login form's anti-forgery field (the login is refused without it). */
    private static final String LOGIN_TOKEN = "thidua_login_token";
    private static final Pattern LOGIN_TOKEN_FIELD = Pattern.compile("name=\"" + LOGIN_TOKEN + "\" value=\"([^\"]*)\"");
    private static final String REALM = "ThiduaDemoRealm";

    private final String base;
    private final String jdbcUrl;
    private final Path serverDir;
    private final int voters;
    private final int blocSize;
    private final int concurrency;
    private final String tag = "B" + Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase(Locale.ROOT);

    private VoteBenchmark(String base, String jdbcUrl, Path serverDir, int voters, int blocSize, int concurrency) {
        this.base = base;
        this.jdbcUrl = jdbcUrl;
        this.serverDir = serverDir;
        this.voters = voters;
        this.blocSize = blocSize;
        this.concurrency = concurrency;
    }

    /** {@code VoteBenchmark <portal URL> <jdbc URL> <server dir> [voters] [bloc size] [concurrency]}. */
    public static void main(String[] args) throws Exception {
        VoteBenchmark bench = new VoteBenchmark(args[0], args[1], Path.of(args[2]),
                args.length > 3 ? Integer.parseInt(args[3]) : 1000, args.length > 4 ? Integer.parseInt(args[4]) : 10,
                args.length > 5 ? Integer.parseInt(args[5]) : 50);
        bench.run();
    }

    /** A voter and, once logged in, the session cookie the portal gave them. */
    private record Voter(String username, long ballotId, long candidateId, String session) {
    }

    /** One HTTP client for every voter (as many browsers share nothing but the network): cookies are per voter. */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private record Outcome(int status, long nanos) {
    }

    private void run() throws Exception {
        System.out.printf("Vote benchmark %s: %d voters in blocs of %d, %d concurrent clients, portal %s%n",
                tag, voters, blocSize, concurrency, base);
        List<Voter> prepared;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "thidua", "thidua")) {
            prepared = prepare(db);
            addAccounts(prepared);
            List<Voter> loggedIn = login(prepared);
            List<Outcome> outcomes = castAll(loggedIn);
            report(db, outcomes);
            rawInserts(db, outcomes);
        } finally {
            cleanUp();
        }
    }

    // ---- fixture ----

    private List<Voter> prepare(Connection db) throws Exception {
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

    private void addAccounts(List<Voter> list) throws Exception {
        StringBuilder users = new StringBuilder();
        StringBuilder roles = new StringBuilder();
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        for (Voter v : list) {
            String digest = HexFormat.of().formatHex(md5.digest((v.username() + ":" + REALM + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
            users.append(v.username()).append('=').append(digest).append('\n');
            roles.append(v.username()).append("=member_representative\n");
        }
        Files.writeString(usersFile(), users.toString(), java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(rolesFile(), roles.toString(), java.nio.file.StandardOpenOption.APPEND);
        reloadRealm();
    }

    private List<Voter> login(List<Voter> list) throws Exception {
        long start = System.nanoTime();
        List<Callable<Voter>> tasks = new ArrayList<>();
        for (Voter v : list) {
            tasks.add(() -> {
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/index.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString());
                String session = sessionCookie(page, null);
                HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                        .POST(HttpRequest.BodyPublishers.ofString("j_username=" + v.username() + "&j_password="
                                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&" + LOGIN_TOKEN + "="
                                + loginToken(page.body()))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("login")) {
                    throw new IllegalStateException("login refused for " + v.username() + ": " + login.statusCode());
                }
                return new Voter(v.username(), v.ballotId(), v.candidateId(), sessionCookie(login, session));
            });
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

    // ---- the measured part ----

    private List<Outcome> castAll(List<Voter> list) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Outcome>> tasks = new ArrayList<>();
        for (Voter v : list) {
            tasks.add(() -> {
                go.await();
                String body = "{\"choices\":{\"CERTIFICATE_OF_MERIT\":[" + v.candidateId() + "]}}";
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ballots/"
                                + v.ballotId() + "/votes")).timeout(Duration.ofSeconds(60)).header("Cookie", v.session())
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Outcome(r.statusCode(), System.nanoTime() - t0);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Outcome> outcomes = new ArrayList<>();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Callable<Outcome> t : tasks) {
                futures.add(pool.submit(t));
            }
            Duration cpuBefore = serverCpu();
            long start = System.nanoTime();
            go.countDown();
            for (Future<Outcome> f : futures) {
                try {
                    outcomes.add(f.get(2, TimeUnit.MINUTES));
                } catch (Exception e) {
                    outcomes.add(new Outcome(-1, 0));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Duration cpuAfter = serverCpu();
            System.out.printf("%nCast %d ballots in %.2f s: %.1f ballots/s (goal >= 1,000 ballots/s, issue 13;"
                    + " each ballot encrypted with its proofs, issue 11)%n", outcomes.size(), seconds, outcomes.size() / seconds);
            if (cpuBefore != null && cpuAfter != null) {
                double cpuMs = cpuAfter.minus(cpuBefore).toNanos() / 1e6;
                System.out.printf("WildFly CPU during the votes: %.2f s, %.2f ms per vote (goal < 1 ms)%n", cpuMs / 1000,
                        cpuMs / Math.max(outcomes.size(), 1));
            } else {
                System.out.println("WildFly CPU: not readable (no process with jboss.home.dir=" + serverDir + " on this machine)");
            }
            castRate = outcomes.size() / seconds;
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private double castRate;

    /** The CPU time (user + system) WildFly has used so far, or null when its process is not found here. */
    private Duration serverCpu() {
        String home = "-Djboss.home.dir=" + serverDir.toAbsolutePath().normalize();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> java.util.Arrays.asList(a).contains(home)).orElse(false))
                .map(p -> p.info().totalCpuDuration().orElse(null)).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    private void report(Connection db, List<Outcome> outcomes) throws Exception {
        List<Long> latencies = new ArrayList<>(outcomes.stream().filter(o -> o.status() > 0).map(Outcome::nanos).toList());
        Collections.sort(latencies);
        long acknowledged = outcomes.stream().filter(o -> o.status() == 201).count();
        long errors = outcomes.size() - acknowledged;
        System.out.printf("Latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(latencies, 50),
                pct(latencies, 95), pct(latencies, 99), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1) / 1e6);
        System.out.printf("Acknowledged (201): %d, errors: %d%n", acknowledged, errors);
        long stored = single(db, "SELECT COUNT(*) FROM cast_ballot cb JOIN ballot b ON b.id = cb.ballot_id"
                + " JOIN bloc k ON k.id = b.bloc_id WHERE k.code LIKE ?", tag + "-K%");
        long participation = single(db, "SELECT COUNT(*) FROM ballot_participation p JOIN ballot b ON b.id = p.ballot_id"
                + " JOIN bloc k ON k.id = b.bloc_id WHERE k.code LIKE ?", tag + "-K%");
        System.out.printf("Stored ballots: %d, participation rows: %d -> %s%n", stored, participation,
                stored == acknowledged && participation == acknowledged ? "stored = acknowledged (OK)"
                        : "MISMATCH with acknowledged");
    }

    private void rawInserts(Connection db, List<Outcome> outcomes) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_insert (id BIGINT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(64))"
                    + " ENGINE=InnoDB");
        }
        int rows = Math.max(outcomes.size(), 1000);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Callable<Void>> tasks = new ArrayList<>();
        int perThread = (rows + concurrency - 1) / concurrency;
        for (int t = 0; t < concurrency; t++) {
            tasks.add(() -> {
                try (Connection c = DriverManager.getConnection(jdbcUrl, "thidua", "thidua");
                     PreparedStatement insert = c.prepareStatement("INSERT INTO bench_insert (v) VALUES (?)")) {
                    c.setAutoCommit(true);
                    for (int i = 0; i < perThread; i++) {
                        insert.setString(1, tag + i);
                        insert.executeUpdate();
                    }
                }
                return null;
            });
        }
        long start = System.nanoTime();
        try {
            for (Future<Void> f : pool.invokeAll(tasks, 10, TimeUnit.MINUTES)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double insertRate = perThread * concurrency / seconds;
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE bench_insert");
        }
        System.out.printf("Raw durable single-row JDBC inserts (autocommit, %d connections): %.1f rows/s%n",
                concurrency, insertRate);
        System.out.printf("Ratio: ballots/s ÷ raw inserts/s = %.3f (a ballot is encrypted, then writes 3 rows, one row per ciphertext and an audit entry)%n",
                castRate / insertRate);
    }

    // ---- clean-up ----

    private void cleanUp() {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "thidua", "thidua"); Statement s = db.createStatement()) {
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
            System.out.println("Benchmark data removed (the votes' audit entries stay: the audit trail is append-only).");
        } catch (Exception e) {
            System.out.println("Clean-up incomplete: " + e.getMessage());
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

    /** The JSESSIONID the response sets (the portal changes it at login), or the one before. */
    /** The value of the demo login form's anti-forgery field in a login page. */
    private static String loginToken(String loginPage) {
        Matcher token = LOGIN_TOKEN_FIELD.matcher(loginPage);
        if (!token.find()) {
            throw new IllegalStateException("no login form token in the login page");
        }
        return token.group(1);
    }

    private static String sessionCookie(HttpResponse<?> response, String before) {
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

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    private static long single(Connection db, String sql, Object... params) throws Exception {
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

    private static long insert(Connection db, String sql, Object... params) throws Exception {
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
