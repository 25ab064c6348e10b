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
        try {
            deleteRecursively(dataDir);
            db = EmbeddedMariaDb.start(Integer.parseInt(port), dataDir, dataDir.resolveSibling("it-db-base"));
            // least privilege (issue 12): grant tables on, a migration and a runtime account
            DatabaseAccounts.enforce(Integer.parseInt(port), EmbeddedMariaDb.DATABASE, System.getProperty("it.db.user"),
                    System.getProperty("it.db.password"), System.getProperty("it.db.migration-user"),
                    System.getProperty("it.db.migration-password"));
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
