package vn.thidua.tools;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import vn.thidua.tools.VoteFixture.Voter;

/**
 * The crash test (README: {@code ./portal.sh crashtest}, issue 12). It starts
 * {@code ./portal.sh run} itself (as last built: {@code THIDUA_NO_BUILD=1}), in a process
 * group of its own, and checks:
 * <ol>
 * <li>A. WildFly's java killed with SIGKILL during a burst of votes: the run command stops
 * MariaDB and exits 1 saying why; after a restart every acknowledged tracker is stored
 * exactly once, every ballot has as many stored ballots as participation rows, and the
 * portal answers as before the crash (the turnout of ballots fully voted before the kill).</li>
 * <li>B. mariadbd killed with SIGKILL during a burst, the run command restarting it
 * ({@code THIDUA_RESTART_DB}): while it is down the API answers 503 JSON and a page 503 with
 * the "unavailable" page; once it is back votes succeed again without restarting WildFly, and
 * nothing acknowledged is lost.</li>
 * <li>C. Signals to the run command: SIGTERM, Ctrl-C (SIGINT to its process group), SIGKILL of
 * mariadbd (SIGKILL of WildFly's java is A): both processes gone within a timeout, a clear
 * message, and the next start has the data (a row written before).</li>
 * </ol>
 * Every check prints PASS or FAIL with its figure; the exit status is 1 when one failed.
 * Requests go to the portal on loopback; the fixtures are removed at the end.
 */
public final class CrashTest {

    private static final String BASE = "http://localhost:8080/thidua";
    private static final String JDBC = "jdbc:mariadb://127.0.0.1:3307/thidua";
    private static final int CONCURRENCY = 50;
    private static final int KILL_AFTER = 300;
    private static final int RESTART_DB_SECONDS = 5;
    private static final String BOARD_USER = "chuyenvien";
    private static final String BOARD_PASSWORD = "ThiDua@2024";
    /** A Board page that reads the database on every GET. */
    private static final String BOARD_PAGE = "/board/dashboard/view.xhtml";

    private final Path root;
    private final Path serverDir;
    private final Path dataDir;
    private final int voters;
    private final List<String> failed = new ArrayList<>();
    private final List<VoteFixture> fixtures = new ArrayList<>();
    private Process portal;
    private Path portalLog;
    private int starts;

    private CrashTest(Path root, int voters) {
        this.root = root;
        this.serverDir = root.resolve("run/server");
        this.dataDir = root.resolve("run/db");
        this.voters = voters;
    }

    /** {@code CrashTest <checkout> [voters]}. */
    public static void main(String[] args) throws Exception {
        CrashTest test = new CrashTest(Path.of(args[0]).toAbsolutePath().normalize(),
                args.length > 1 ? Integer.parseInt(args[1]) : 1000);
        int status;
        try {
            status = test.run();
        } catch (Exception e) {
            System.out.println("FAIL the crash test stopped: " + e);
            status = 1;
        } finally {
            test.stopPortal();
        }
        System.out.flush();
        System.exit(status);
    }

    private int run() throws Exception {
        long t0 = System.nanoTime();
        System.out.printf("Crash test of %s: %d voters per burst, %d clients%n", root, voters, CONCURRENCY);
        serverCrash();
        databaseCrash();
        signals();
        System.out.printf("%nCrash test finished in %.0f s: %s%n", (System.nanoTime() - t0) / 1e9,
                failed.isEmpty() ? "every check passed" : failed.size() + " check(s) FAILED: " + failed);
        return failed.isEmpty() ? 0 : 1;
    }

    // ---- A ----

    private void serverCrash() throws Exception {
        section("A. Application server crash: kill -9 of WildFly's java during a burst of votes");
        double first = startPortal(Map.of());
        System.out.printf("Portal started in %.1f s%n", first);
        VoteFixture fixture = fixture("C");
        List<Voter> loggedIn = prepare(fixture);
        String board = fixture.loginAndSettle(BOARD_USER, BOARD_PASSWORD);
        Burst burst = new Burst(fixture, loggedIn, false);
        burst.start();
        if (!burst.awaitAcknowledged(KILL_AFTER * 2 / 3, Duration.ofMinutes(3))) {
            throw new IllegalStateException("fewer than " + KILL_AFTER + " votes acknowledged: " + burst.acknowledged.get());
        }
        // what the portal answers about the ballots fully voted so far (read during the burst)
        Map<Long, String> before = new LinkedHashMap<>();
        Map<Integer, Integer> beforeStatus = new TreeMap<>();
        for (Long ballot : burst.fullyAcknowledgedBallots()) {
            if (before.size() == 10) {
                break;
            }
            HttpResponse<String> r = fixture.get("/api/ballots/" + ballot + "/turnout", board, "application/json");
            beforeStatus.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() == 200) {
                before.put(ballot, r.body());
            }
        }
        System.out.printf("Turnout of ballots fully voted so far, read as %s before the kill: %s%n", BOARD_USER, beforeStatus);
        burst.awaitAcknowledged(KILL_AFTER, Duration.ofMinutes(3));
        ProcessHandle java = serverJava().orElseThrow(() -> new IllegalStateException("WildFly's java not found"));
        int atKill = burst.acknowledged.get();
        java.destroyForcibly();
        System.out.printf("Killed WildFly's java (pid %d, SIGKILL) after %d acknowledged votes%n", java.pid(), atKill);
        burst.await(Duration.ofMinutes(3));
        System.out.printf("Errors during the crash: %d %s%n", burst.failures.size(), burst.statusCounts(0, Long.MAX_VALUE));

        Integer exit = waitExit(Duration.ofSeconds(120));
        check("run exits 1 when WildFly dies", exit != null && exit == 1, "exit status " + exit);
        String log = portalLogText();
        check("run says why", log.contains("WildFly stopped unexpectedly") && log.contains("Stopping MariaDB"),
                lastLine(log, "WildFly stopped"));
        check("run stopped MariaDB too", allGone(Duration.ofSeconds(30)), processesLeft());

        double restart = startPortal(Map.of("THIDUA_RESTART_DB", Integer.toString(RESTART_DB_SECONDS)));
        System.out.printf("Restart time (./portal.sh run until the portal answers): %.1f s%n", restart);
        verifyStored(fixture, burst, "A");
        String boardAfter = fixture.loginAndSettle(BOARD_USER, BOARD_PASSWORD);
        int same = 0;
        List<Long> differ = new ArrayList<>();
        for (Map.Entry<Long, String> e : before.entrySet()) {
            HttpResponse<String> r = fixture.get("/api/ballots/" + e.getKey() + "/turnout", boardAfter, "application/json");
            if (r.statusCode() == 200 && r.body().equals(e.getValue())) {
                same++;
            } else {
                differ.add(e.getKey());
            }
        }
        check("the portal serves the same turnout after the restart", !before.isEmpty() && differ.isEmpty(),
                same + " of " + before.size() + " ballots fully voted before the kill answer the same"
                        + (differ.isEmpty() ? "" : "; different: " + differ));
    }

    /** Every acknowledged tracker stored exactly once; per ballot as many stored ballots as participation rows. */
    private void verifyStored(VoteFixture fixture, Burst burst, String part) throws Exception {
        try (Connection db = fixture.connect()) {
            int lost = 0;
            int duplicates = 0;
            try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM cast_ballot WHERE tracker = ?")) {
                for (String tracker : burst.trackers) {
                    s.setString(1, tracker);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        long n = rs.getLong(1);
                        lost += n == 0 ? 1 : 0;
                        duplicates += n > 1 ? 1 : 0;
                    }
                }
            }
            long stored = fixture.countRows(db, "cast_ballot");
            long participation = fixture.countRows(db, "ballot_participation");
            int acknowledged = burst.trackers.size();
            System.out.printf("%s: acknowledged %d, stored %d (%d stored whose answer was lost), duplicates %d, lost %d%n",
                    part, acknowledged, stored, stored - acknowledged, duplicates, lost);
            check(part + ": no acknowledged vote lost", lost == 0, "lost " + lost + " of " + acknowledged);
            check(part + ": no acknowledged vote stored twice", duplicates == 0, "duplicates " + duplicates);
            check(part + ": stored >= acknowledged", stored >= acknowledged, stored + " >= " + acknowledged);
            int mismatched = 0;
            for (Long ballot : fixture.ballotIds(db)) {
                long cast = VoteFixture.single(db, "SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ?", ballot);
                long took = VoteFixture.single(db, "SELECT COUNT(*) FROM ballot_participation WHERE ballot_id = ?", ballot);
                mismatched += cast == took ? 0 : 1;
            }
            check(part + ": every ballot has as many stored ballots as participation rows", mismatched == 0,
                    "ballots stored " + stored + ", participation rows " + participation + ", ballots that differ " + mismatched);
        }
    }

    // ---- B ----

    private void databaseCrash() throws Exception {
        section("B. Database crash: kill -9 of mariadbd during a burst; the run command restarts it after "
                + RESTART_DB_SECONDS + " s (THIDUA_RESTART_DB)");
        ProcessHandle java = serverJava().orElseThrow(() -> new IllegalStateException("WildFly's java not found"));
        VoteFixture fixture = fixture("D");
        List<Voter> loggedIn = prepare(fixture);
        String board = fixture.loginAndSettle(BOARD_USER, BOARD_PASSWORD);
        long probeBallot = loggedIn.get(0).ballotId();
        HttpResponse<String> pageBefore = fixture.get(BOARD_PAGE, board, "text/html");
        System.out.printf("Board page %s before the crash: %d%n", BOARD_PAGE, pageBefore.statusCode());
        Burst burst = new Burst(fixture, loggedIn, true);
        burst.start();
        if (!burst.awaitAcknowledged(KILL_AFTER, Duration.ofMinutes(3))) {
            throw new IllegalStateException("fewer than " + KILL_AFTER + " votes acknowledged: " + burst.acknowledged.get());
        }
        ProcessHandle mariadbd = mariadbd().orElseThrow(() -> new IllegalStateException("mariadbd not found"));
        int atKill = burst.acknowledged.get();
        mariadbd.destroyForcibly();
        long killedAt = System.nanoTime();
        System.out.printf("Killed mariadbd (pid %d, SIGKILL) after %d acknowledged votes%n", mariadbd.pid(), atKill);

        Map<String, Integer> pageAnswers = new ConcurrentHashMap<>();
        Map<String, Integer> apiAnswers = new ConcurrentHashMap<>();
        Thread.sleep(1000);
        // a page and an API read while the database is down, side by side (each may wait for a connection)
        ExecutorService probes = Executors.newFixedThreadPool(2);
        probes.submit(() -> {
            HttpResponse<String> page = fixture.get(BOARD_PAGE, board, "text/html");
            boolean unavailablePage = page.statusCode() == 503 && page.body().contains("id=\"errorTitle\"")
                    && (page.body().contains("Temporarily unavailable") || page.body().contains("tạm thời gián đoạn"));
            pageAnswers.merge(page.statusCode() + (unavailablePage ? " unavailable page" : ""), 1, Integer::sum);
            return null;
        });
        probes.submit(() -> {
            HttpResponse<String> api = fixture.get("/api/ballots/" + probeBallot + "/turnout", board, "application/json");
            boolean json503 = api.statusCode() == 503 && isJsonError(api);
            apiAnswers.merge(api.statusCode() + (json503 ? " JSON error" : ""), 1, Integer::sum);
            return null;
        });
        probes.shutdown();
        long backAt = 0;
        while (System.nanoTime() - killedAt < TimeUnit.SECONDS.toNanos(180)) {
            if (databaseAnswers()) {
                backAt = System.nanoTime();
                break;
            }
            Thread.sleep(250);
        }
        probes.awaitTermination(2, TimeUnit.MINUTES);
        boolean pageUnavailable = pageAnswers.containsKey("503 unavailable page");
        boolean apiUnavailable = apiAnswers.containsKey("503 JSON error");
        if (backAt == 0) {
            throw new IllegalStateException("MariaDB did not come back within 180 s");
        }
        final long back = backAt;
        System.out.printf("MariaDB answered again %.1f s after the kill%n", (back - killedAt) / 1e9);
        burst.await(Duration.ofMinutes(4));

        check("B: a page GET while the database is down answers 503 with the unavailable page", pageUnavailable,
                "answers " + pageAnswers);
        check("B: an API GET while the database is down answers 503 JSON", apiUnavailable, "answers " + apiAnswers);
        List<Burst.Failure> down = burst.failures.stream().filter(f -> f.at() >= killedAt && f.at() <= back).toList();
        long clear = down.stream().filter(f -> f.status() == 503 && f.json()).count();
        check("B: votes while the database is down answer 503 JSON with a message", !down.isEmpty() && clear == down.size(),
                down.size() + " errors while down " + burst.statusCounts(killedAt, back) + ", "
                        + clear + " of them 503 JSON; e.g. " + (down.isEmpty() ? "-" : down.get(down.size() - 1).body()));
        down.stream().filter(f -> f.status() != 503 || !f.json())
                .collect(Collectors.groupingBy(Burst.Failure::status, TreeMap::new, Collectors.toList()))
                .forEach((status, list) -> System.out.printf("  while down, %d x %s, e.g. %s%n", list.size(),
                        status == -1 ? "no answer" : status, list.get(0).body()));
        List<Burst.Failure> after = burst.failures.stream().filter(f -> f.at() > back).toList();
        System.out.printf("Errors after MariaDB was back: %d %s%n", after.size(), burst.statusCounts(back, Long.MAX_VALUE));
        Optional<Long> firstSuccess = burst.successTimes.stream().filter(t -> t > back).min(Long::compare);
        check("B: votes succeed again without restarting WildFly", firstSuccess.isPresent() && java.isAlive()
                        && serverJava().map(ProcessHandle::pid).orElse(-1L) == java.pid() && portal.isAlive(),
                firstSuccess.map(t -> String.format(Locale.ROOT, "first success %.1f s after MariaDB was back, %.1f s after the kill",
                        (t - back) / 1e9, (t - killedAt) / 1e9)).orElse("no success after MariaDB came back")
                        + "; WildFly pid " + java.pid() + (java.isAlive() ? " still running" : " gone"));
        check("B: every voter got an answer in the end (201, or 409 when an unacknowledged vote was stored)",
                burst.acknowledged.get() + burst.alreadyVoted.get() == loggedIn.size(),
                burst.acknowledged.get() + " acknowledged + " + burst.alreadyVoted.get() + " already stored = "
                        + (burst.acknowledged.get() + burst.alreadyVoted.get()) + " of " + loggedIn.size());
        check("B: the run command restarted MariaDB", portalLogText().contains("MariaDB restarted"),
                lastLine(portalLogText(), "MariaDB restarted"));
        verifyStored(fixture, burst, "B");
        for (VoteFixture f : fixtures) {
            f.cleanUp();
        }
        fixtures.clear();
    }

    private static boolean isJsonError(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
                && r.body().contains("\"error\"");
    }

    // ---- C ----

    private void signals() throws Exception {
        section("C. Signals to ./portal.sh run (kill -9 of WildFly's java: see A)");
        String marker = "CRASHMARK" + Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase(Locale.ROOT);
        try (Connection db = DriverManager.getConnection(JDBC, "thidua", "thidua")) {
            long province = VoteFixture.single(db, "SELECT id FROM province ORDER BY id LIMIT 1");
            VoteFixture.insert(db, "INSERT INTO unit (code, name, short_name, province_id, valid_from, version)"
                    + " VALUES (?, ?, ?, ?, '2000-01-01', 1)", marker, "Crash test " + marker, marker, province);
        }
        System.out.println("Wrote unit " + marker + " before the signals");

        portal.destroy(); // SIGTERM to portal.sh
        stopped("SIGTERM to portal.sh", 143, "Stopped.");

        startPortal(Map.of());
        check("the next run has the data (after SIGTERM)", markerPresent(marker), "unit " + marker);
        new ProcessBuilder("kill", "-INT", "--", "-" + portal.pid()).inheritIO().start().waitFor();
        stopped("Ctrl-C (SIGINT to the process group)", 130, "Stopped.");

        startPortal(Map.of());
        check("the next run has the data (after Ctrl-C)", markerPresent(marker), "unit " + marker);
        mariadbd().orElseThrow(() -> new IllegalStateException("mariadbd not found")).destroyForcibly();
        stopped("kill -9 of mariadbd", 1, "MariaDB stopped unexpectedly");

        startPortal(Map.of());
        check("the next run has the data (after kill -9 of mariadbd)", markerPresent(marker), "unit " + marker);
        try (Connection db = DriverManager.getConnection(JDBC, "thidua", "thidua");
             PreparedStatement s = db.prepareStatement("DELETE FROM unit WHERE code = ?")) {
            s.setString(1, marker);
            s.executeUpdate();
        }
    }

    /** After a signal: the run command's exit status and message, and nothing of it left. */
    private void stopped(String what, int status, String message) throws Exception {
        long t0 = System.nanoTime();
        Integer exit = waitExit(Duration.ofSeconds(120));
        boolean gone = allGone(Duration.ofSeconds(30));
        double seconds = (System.nanoTime() - t0) / 1e9;
        String log = portalLogText();
        check(what + ": run stops both", exit != null && exit == status && gone,
                String.format(Locale.ROOT, "exit %s (expected %d) after %.1f s; %s", exit, status, seconds, processesLeft()));
        check(what + ": the message is clear", log.contains(message), lastLine(log, message));
    }

    private boolean markerPresent(String marker) throws Exception {
        try (Connection db = DriverManager.getConnection(JDBC, "thidua", "thidua")) {
            return VoteFixture.single(db, "SELECT COUNT(*) FROM unit WHERE code = ?", marker) == 1;
        }
    }

    // ---- the portal and its processes ----

    /** Starts {@code ./portal.sh run} (no build) in a process group of its own; the seconds until the portal answers. */
    private double startPortal(Map<String, String> env) throws Exception {
        Path serverLog = root.resolve("run/server.log");
        if (starts > 0 && Files.exists(serverLog)) {
            // the run command starts a new server.log: keep the one of the run before
            Files.copy(serverLog, root.resolve("run/crashtest-server-" + starts + ".log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        starts++;
        portalLog = root.resolve("run/crashtest-run-" + starts + ".log");
        Files.createDirectories(portalLog.getParent());
        ProcessBuilder pb = new ProcessBuilder("setsid", root.resolve("portal.sh").toString(), "run")
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(portalLog.toFile());
        pb.environment().remove("THIDUA_RESTART_DB");
        pb.environment().put("THIDUA_NO_BUILD", "1");
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        portal = pb.start();
        VoteFixture probe = new VoteFixture(BASE, JDBC, serverDir, "P");
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(300)) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("./portal.sh run ended with " + portal.exitValue() + ": "
                        + lastLine(portalLogText(), ""));
            }
            if (portalLogText().contains("is running:")) {
                try {
                    if (probe.get("/index.xhtml", "x=y", "text/html").statusCode() == 200) {
                        return (System.nanoTime() - t0) / 1e9;
                    }
                } catch (IOException e) {
                    // not yet
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the portal did not answer within 300 s; see " + portalLog);
    }

    private Integer waitExit(Duration timeout) throws InterruptedException {
        return portal.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? portal.exitValue() : null;
    }

    /** SIGTERM to the run command if it still runs (it then stops WildFly and MariaDB). */
    private void stopPortal() {
        if (portal != null && portal.isAlive()) {
            portal.destroy();
            try {
                portal.waitFor(150, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private String portalLogText() throws IOException {
        return portalLog == null || !Files.exists(portalLog) ? "" : Files.readString(portalLog, StandardCharsets.UTF_8);
    }

    private static String lastLine(String log, String containing) {
        String found = "";
        for (String line : log.split("\n")) {
            if (line.contains(containing) && !line.isBlank()) {
                found = line.trim();
            }
        }
        return "\"" + found + "\"";
    }

    private Optional<ProcessHandle> serverJava() {
        String home = "-Djboss.home.dir=" + serverDir;
        return ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").endsWith("java"))
                .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(home)).orElse(false)).findFirst();
    }

    private Optional<ProcessHandle> mariadbd() {
        return withArgument("--datadir=" + dataDir).findFirst();
    }

    private java.util.stream.Stream<ProcessHandle> withArgument(String part) {
        return ProcessHandle.allProcesses().filter(p -> p.info().arguments()
                .map(a -> Arrays.stream(a).anyMatch(x -> x.contains(part))).orElse(false));
    }

    /** Neither WildFly's java nor mariadbd nor the JVM that runs it is left (waits up to {@code timeout}). */
    private boolean allGone(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (processesLeft().equals("no process left")) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    private String processesLeft() {
        List<String> left = new ArrayList<>();
        serverJava().ifPresent(p -> left.add("WildFly's java " + p.pid()));
        mariadbd().ifPresent(p -> left.add("mariadbd " + p.pid()));
        withArgument("exec.args=3307 " + dataDir).forEach(p -> left.add("MariaDB's JVM " + p.pid()));
        return left.isEmpty() ? "no process left" : "left: " + left;
    }

    private boolean databaseAnswers() {
        try (Connection c = DriverManager.getConnection(JDBC + "?connectTimeout=1000", "thidua", "thidua");
             Statement s = c.createStatement()) {
            s.execute("SELECT 1");
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    // ---- helpers ----

    private VoteFixture fixture(String prefix) {
        VoteFixture fixture = new VoteFixture(BASE, JDBC, serverDir, prefix);
        fixtures.add(fixture);
        return fixture;
    }

    private List<Voter> prepare(VoteFixture fixture) throws Exception {
        List<Voter> prepared;
        try (Connection db = fixture.connect()) {
            prepared = fixture.prepare(db, voters, 10);
        }
        fixture.addAccounts(prepared);
        return fixture.login(prepared, CONCURRENCY);
    }

    private static void section(String title) {
        System.out.printf("%n== %s ==%n", title);
    }

    private void check(String name, boolean ok, String figure) {
        System.out.printf("%s %s: %s%n", ok ? "PASS" : "FAIL", name, figure);
        if (!ok) {
            failed.add(name);
        }
    }

    /** All voters cast at once ({@value #CONCURRENCY} clients); with {@code retry}, a failed vote is sent again. */
    private static final class Burst {

        record Failure(long at, int status, boolean json, String body) {
        }

        private final VoteFixture fixture;
        private final List<Voter> voters;
        private final boolean retry;
        private final ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        private final long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        final Set<String> trackers = ConcurrentHashMap.newKeySet();
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger alreadyVoted = new AtomicInteger();
        final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> successTimes = new ConcurrentLinkedQueue<>();
        private final Map<Long, AtomicInteger> acknowledgedPerBallot = new ConcurrentHashMap<>();
        private final Map<Long, Integer> votersPerBallot = new HashMap<>();

        Burst(VoteFixture fixture, List<Voter> voters, boolean retry) {
            this.fixture = fixture;
            this.voters = voters;
            this.retry = retry;
            for (Voter v : voters) {
                votersPerBallot.merge(v.ballotId(), 1, Integer::sum);
                acknowledgedPerBallot.put(v.ballotId(), new AtomicInteger());
            }
        }

        void start() {
            for (Voter v : voters) {
                pool.submit(() -> {
                    vote(v);
                    return null;
                });
            }
            pool.shutdown();
        }

        private void vote(Voter v) throws InterruptedException {
            String session = v.session();
            while (true) {
                int status;
                String body;
                boolean json = false;
                try {
                    HttpResponse<String> r = fixture.cast(v, session, Duration.ofSeconds(60));
                    session = VoteFixture.sessionCookie(r, session);
                    status = r.statusCode();
                    body = r.body();
                    json = isJsonError(r);
                } catch (IOException e) {
                    status = -1;
                    body = e.getClass().getSimpleName();
                }
                long now = System.nanoTime();
                if (status == 201) {
                    trackers.add(VoteFixture.tracker(body));
                    successTimes.add(now);
                    acknowledged.incrementAndGet();
                    acknowledgedPerBallot.get(v.ballotId()).incrementAndGet();
                    return;
                }
                if (retry && status == 409) {
                    alreadyVoted.incrementAndGet();
                    return;
                }
                failures.add(new Failure(now, status, json, body.length() > 160 ? body.substring(0, 160) : body));
                if (!retry || now > deadline) {
                    return;
                }
                Thread.sleep(500);
            }
        }

        boolean awaitAcknowledged(int n, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (acknowledged.get() < n && System.nanoTime() < end && !pool.isTerminated()) {
                Thread.sleep(20);
            }
            return acknowledged.get() >= n;
        }

        List<Long> fullyAcknowledgedBallots() {
            return votersPerBallot.keySet().stream().sorted()
                    .filter(b -> acknowledgedPerBallot.get(b).get() == votersPerBallot.get(b)).toList();
        }

        void await(Duration timeout) throws InterruptedException {
            if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
                throw new IllegalStateException("the votes did not end within " + timeout);
            }
        }

        /** The failures between two instants, by status (-1: no answer, connection refused or reset). */
        String statusCounts(long from, long to) {
            return failures.stream().filter(f -> f.at() >= from && f.at() <= to)
                    .collect(Collectors.groupingBy(f -> f.status() == -1 ? "no answer" : Integer.toString(f.status()),
                            TreeMap::new, Collectors.counting())).toString();
        }
    }
}
