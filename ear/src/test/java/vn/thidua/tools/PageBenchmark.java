package vn.thidua.tools;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The page benchmark (README: {@code ./portal.sh bench}, after the votes). Against the demo
 * portal that {@code ./portal.sh run} started, it logs in {@code sessions} sessions of a
 * member account (the Women's Union, of Bloc No. 03) and as many of the Board leader, then
 * for each main page lets every session request it in a loop for {@code seconds} seconds.
 * It prints, per page, requests per second and the p50/p95/p99 latency beside the goal of
 * issue 13 (p95 &lt; 150 ms, p99 &lt; 300 ms), and counts as an error any answer that is not
 * 200 or not the page (an error page or the login form). The turnout refresh of a ballot
 * (goal &lt; 20 ms) is measured the same way. Finally it prints WildFly's resident size.
 * It reads ids from the database and writes nothing.
 */
public final class PageBenchmark {

    private static final String DEMO_PASSWORD = "ThiDua@2024";

    private final VoteFixture portal;
    private final Path serverDir;
    private final int sessions;
    private final int seconds;
    private final List<String> missed = new ArrayList<>();

    private PageBenchmark(String base, String jdbcUrl, Path serverDir, int sessions, int seconds) {
        this.portal = new VoteFixture(base, jdbcUrl, serverDir, "P");
        this.serverDir = serverDir;
        this.sessions = sessions;
        this.seconds = seconds;
    }

    /** {@code PageBenchmark <portal URL> <jdbc URL> <server dir> [sessions] [seconds per page]}. */
    public static void main(String[] args) throws Exception {
        new PageBenchmark(args[0], args[1], Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 50,
                args.length > 4 ? Integer.parseInt(args[4]) : 5).run();
    }

    /** One page: its address and a text only that page shows once rendered for the caller. */
    private record Page(String name, String path, String marker, String user, double p95Goal, double p99Goal) {
    }

    private void run() throws Exception {
        List<Page> pages = pages();
        System.out.printf("%nPage benchmark: %d sessions per page, %d s per page (member pages as hlhpn,"
                + " Board pages as lanhdaoban, the units list as chuyenvien)%n", sessions, seconds);
        java.util.Map<String, List<String>> sessionsOf = new java.util.HashMap<>();
        System.out.printf("%-34s %9s %9s %9s %9s %7s  %s%n", "page", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors",
                "goal");
        for (Page page : pages) {
            List<String> cookies = sessionsOf.get(page.user());
            if (cookies == null) {
                cookies = logins(page.user());
                sessionsOf.put(page.user(), cookies);
            }
            measure(page, cookies);
        }
        rss();
        if (missed.isEmpty()) {
            System.out.println("Every page met its goal.");
        } else {
            System.out.println("Goals missed: " + String.join(", ", missed));
        }
    }

    private List<Page> pages() throws Exception {
        try (Connection db = portal.connect()) {
            long bloc = VoteFixture.single(db, "SELECT id FROM bloc WHERE code = 'KTD03'");
            long meeting = VoteFixture.single(db, "SELECT id FROM meeting WHERE bloc_id = ? AND year = 2023"
                    + " ORDER BY id LIMIT 1", bloc);
            long ballot = VoteFixture.single(db, "SELECT id FROM ballot WHERE bloc_id = ? AND year = 2023"
                    + " ORDER BY id LIMIT 1", bloc);
            long proposal = VoteFixture.single(db, "SELECT id FROM proposal WHERE bloc_id = ? ORDER BY id LIMIT 1", bloc);
            String year = "bloc=" + bloc + "&year=2024";
            return List.of(
                    new Page("home", "/index.xhtml", "id=\"welcome\"", "hlhpn", 150, 300),
                    new Page("home: leader's members", "/index.xhtml?year=2023", "progress-table", "hlhpn", 150, 300),
                    new Page("home: Board's stages", "/index.xhtml?year=2023", "id=\"stages\"", "lanhdaoban", 150, 300),
                    new Page("my blocs", "/blocs/mine.xhtml", "id=\"myBlocs\"", "hlhpn", 150, 300),
                    new Page("bloc view", "/blocs/view.xhtml?id=" + bloc + "&year=2024", "id=\"members\"", "hlhpn", 150, 300),
                    new Page("year: covenant", "/year/covenant.xhtml?" + year, "id=\"movementForm\"", "hlhpn", 150, 300),
                    new Page("year: activities", "/year/activities.xhtml?" + year, "id=\"yearNav\"", "hlhpn", 150, 300),
                    new Page("year: scores", "/year/scores.xhtml?" + year, "id=\"yearNav\"", "hlhpn", 150, 300),
                    new Page("year: conferences", "/year/conferences.xhtml?bloc=" + bloc + "&year=2023", "id=\"yearNav\"",
                            "hlhpn", 150, 300),
                    new Page("ballots page", "/year/ballots.xhtml?meeting=" + meeting, "id=\"list\"", "hlhpn", 150, 300),
                    new Page("proposal view", "/proposals/view.xhtml?id=" + proposal, "id=\"proposalState\"", "hlhpn",
                            150, 300),
                    new Page("inbox", "/proposals/inbox.xhtml", "id=\"inboxCount\"", "lanhdaoban", 150, 300),
                    new Page("registry", "/registry/search.xhtml", "id=\"registry\"", "lanhdaoban", 150, 300),
                    new Page("dashboard", "/board/dashboard/view.xhtml", "id=\"byStatus\"", "lanhdaoban", 150, 300),
                    new Page("audit list", "/board/audit/list.xhtml", "audit:text", "lanhdaoban", 150, 300),
                    new Page("units list", "/board/units/list.xhtml", "units:table", "chuyenvien", 150, 300),
                    new Page("turnout refresh (API)", "/api/ballots/" + ballot + "/turnout", "\"", "hlhpn", 20, 40));
        }
    }

    private List<String> logins(String user) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(sessions, 10));
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                tasks.add(() -> portal.loginAndSettle(user, DEMO_PASSWORD));
            }
            List<String> cookies = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(tasks)) {
                cookies.add(f.get());
            }
            return cookies;
        } finally {
            pool.shutdownNow();
        }
    }

    private void measure(Page page, List<String> cookies) throws Exception {
        String accept = page.path().startsWith("/api/") ? "application/json" : "text/html";
        // warm-up: every session once (JIT, caches, the session's first view)
        for (String cookie : cookies) {
            portal.get(page.path(), cookie, accept);
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(cookies.size());
        List<Future<List<Long>>> futures = new ArrayList<>();
        int[] errors = new int[1];
        String firstError = null;
        List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        for (String cookie : cookies) {
            futures.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = portal.get(page.path(), cookie, accept);
                    mine.add(System.nanoTime() - t0);
                    if (r.statusCode() != 200 || !r.body().contains(page.marker())) {
                        synchronized (errors) {
                            errors[0]++;
                        }
                        if (errorSamples.size() < 1) {
                            errorSamples.add(r.statusCode() + " " + r.body().substring(0, Math.min(120, r.body().length())));
                        }
                    }
                }
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get(seconds + 120L, TimeUnit.SECONDS));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdownNow();
        Collections.sort(all);
        double p95 = pct(all, 95);
        double p99 = pct(all, 99);
        boolean met = p95 < page.p95Goal() && p99 < page.p99Goal() && errors[0] == 0;
        if (!met) {
            missed.add(page.name());
        }
        if (!errorSamples.isEmpty()) {
            firstError = errorSamples.get(0).replaceAll("\\s+", " ");
        }
        System.out.printf("%-34s %9.1f %9.1f %9.1f %9.1f %7d  p95 < %.0f, p99 < %.0f ms: %s%s%n", page.name(),
                all.size() / elapsed, pct(all, 50), p95, p99, errors[0], page.p95Goal(), page.p99Goal(),
                met ? "met" : "MISSED", firstError == null ? "" : " (first error: " + firstError + ")");
    }

    private void rss() {
        String home = "-Djboss.home.dir=" + serverDir.toAbsolutePath().normalize();
        ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> java.util.Arrays.asList(a).contains(home)).orElse(false))
                .findFirst().ifPresentOrElse(p -> {
                    try {
                        String rss = Files.readAllLines(Path.of("/proc/" + p.pid() + "/status")).stream()
                                .filter(l -> l.startsWith("VmRSS:")).findFirst().orElse("VmRSS: ?").substring(6).trim();
                        System.out.printf("WildFly resident size after the benchmark: %s (goal < 600 MB)%n", rss);
                    } catch (java.io.IOException e) {
                        System.out.println("WildFly resident size: not readable (" + e.getMessage() + ")");
                    }
                }, () -> System.out.println("WildFly resident size: no process with " + home + " on this machine"));
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
