package vn.thidua.tools;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import vn.thidua.tools.VoteFixture.Voter;

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
 * which are append-only. Every request goes to 127.0.0.1 and the run stops by itself. The
 * fixture, the logins and the votes are {@link VoteFixture}'s (shared with {@link CrashTest}).
 */
public final class VoteBenchmark {

    private final String jdbcUrl;
    private final Path serverDir;
    private final int voters;
    private final int blocSize;
    private final int concurrency;
    private final VoteFixture fixture;

    private VoteBenchmark(String base, String jdbcUrl, Path serverDir, int voters, int blocSize, int concurrency) {
        this.jdbcUrl = jdbcUrl;
        this.serverDir = serverDir;
        this.voters = voters;
        this.blocSize = blocSize;
        this.concurrency = concurrency;
        this.fixture = new VoteFixture(base, jdbcUrl, serverDir, "B");
    }

    /** {@code VoteBenchmark <portal URL> <jdbc URL> <server dir> [voters] [bloc size] [concurrency]}. */
    public static void main(String[] args) throws Exception {
        VoteBenchmark bench = new VoteBenchmark(args[0], args[1], Path.of(args[2]),
                args.length > 3 ? Integer.parseInt(args[3]) : 1000, args.length > 4 ? Integer.parseInt(args[4]) : 10,
                args.length > 5 ? Integer.parseInt(args[5]) : 50);
        bench.run(args[0]);
    }

    private record Outcome(int status, long nanos) {
    }

    private void run(String base) throws Exception {
        System.out.printf("Vote benchmark %s: %d voters in blocs of %d, %d concurrent clients, portal %s%n",
                fixture.tag(), voters, blocSize, concurrency, base);
        try (Connection db = fixture.connect()) {
            List<Voter> prepared = fixture.prepare(db, voters, blocSize);
            fixture.addAccounts(prepared);
            List<Voter> loggedIn = fixture.login(prepared, concurrency);
            List<Outcome> outcomes = castAll(loggedIn);
            report(db, outcomes);
            rawInserts(db, outcomes);
        } finally {
            fixture.cleanUp();
        }
    }

    // ---- the measured part ----

    private List<Outcome> castAll(List<Voter> list) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Outcome>> tasks = new ArrayList<>();
        for (Voter v : list) {
            tasks.add(() -> {
                go.await();
                long t0 = System.nanoTime();
                HttpResponse<String> r = fixture.cast(v, Duration.ofSeconds(60));
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
        long stored = fixture.countRows(db, "cast_ballot");
        long participation = fixture.countRows(db, "ballot_participation");
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
                        insert.setString(1, fixture.tag() + i);
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

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
