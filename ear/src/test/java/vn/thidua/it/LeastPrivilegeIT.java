package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Least privilege in the database, with the grant tables on (tools.DatabaseAccounts): the
 * migrations ran under the migration account, the portal runs under the runtime account,
 * and the runtime account can neither lift the audit trail's triggers nor change the
 * schema; the migration account can.
 */
@ExtendWith(ArquillianExtension.class)
class LeastPrivilegeIT {

    private static final String URL = System.getProperty("it.db.url");
    /** ER_TABLEACCESS_DENIED_ERROR, ER_DBACCESS_DENIED_ERROR, ER_SPECIFIC_ACCESS_DENIED_ERROR. */
    private static final List<Integer> DENIED = List.of(1142, 1044, 1227);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(LeastPrivilegeIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Test
    void thePortalsDatasourceIsTheRuntimeAccount() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT CURRENT_USER()")) {
            assertTrue(rs.next());
            assertTrue(rs.getString(1).startsWith("thidua_app@"), rs.getString(1));
        }
    }

    @Test
    @RunAsClient
    void theRuntimeAccountCannotLiftTheTriggersNorChangeTheSchema() throws SQLException {
        try (Connection app = DriverManager.getConnection(URL, System.getProperty("it.db.user"),
                System.getProperty("it.db.password")); Statement s = app.createStatement()) {
            assertDenied(s, "DROP TRIGGER audit_entry_no_update");
            assertDenied(s, "CREATE TRIGGER audit_entry_forged BEFORE INSERT ON audit_entry FOR EACH ROW SET NEW.actor = 'x'");
            assertDenied(s, "ALTER TABLE audit_entry ADD COLUMN forged INT");
            assertDenied(s, "ALTER TABLE unit ADD COLUMN forged INT");
            assertDenied(s, "TRUNCATE TABLE audit_entry");
            assertDenied(s, "DROP TABLE audit_entry");
            assertDenied(s, "CREATE TABLE forged (id INT)");
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_entry SET actor = 'x'"));
            assertTrue(update.getMessage().contains("append-only"), "the trigger refuses it: " + update.getMessage());
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
                assertTrue(rs.next() && rs.getLong(1) > 0, "it reads and writes rows as the portal needs");
            }
        }
        try (Connection migration = migrationAccount(); Statement s = migration.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = 'thidua'"
                     + " AND TRIGGER_NAME IN ('audit_entry_no_update', 'audit_entry_no_delete')")) {
            assertTrue(rs.next());
            assertEquals(2, rs.getInt(1), "both append-only triggers are still there");
        }
    }

    @Test
    @RunAsClient
    void theMigrationsRanUnderTheMigrationAccountWhichMayChangeTheSchema() throws SQLException {
        try (Connection migration = migrationAccount(); Statement s = migration.createStatement()) {
            List<String> installers = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT installed_by FROM flyway_schema_history")) {
                while (rs.next()) {
                    installers.add(rs.getString(1));
                }
            }
            assertEquals(List.of(System.getProperty("it.db.migration-user")), installers);
            s.execute("CREATE TABLE least_privilege_probe (id INT)");
            s.execute("DROP TABLE least_privilege_probe");
        }
    }

    private static void assertDenied(Statement s, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertTrue(DENIED.contains(e.getErrorCode()) && e.getMessage().toLowerCase().contains("denied"),
                sql + " → " + e.getErrorCode() + " " + e.getMessage());
    }

    private static Connection migrationAccount() throws SQLException {
        return DriverManager.getConnection(URL, System.getProperty("it.db.migration-user"),
                System.getProperty("it.db.migration-password"));
    }
}
