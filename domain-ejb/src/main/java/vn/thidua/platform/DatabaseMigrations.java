package vn.thidua.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import vn.thidua.ballot.service.DatabaseLogging;

/**
 * Brings the schema up to date on deployment with the versioned scripts in
 * {@code db/migration} (Flyway) and the Java migrations listed here. Runs before anything
 * else touches the database; a failed migration fails the deployment rather than serving a
 * half-migrated schema. Then logs what the database's own logs record
 * ({@link DatabaseLogging}: binary log, general log, Galera replication), which electronic
 * ballots make harmless to secrecy.
 *
 * <p>Least privilege: the migrations run under their own database account, which may
 * change the schema (DDL, triggers), while the portal itself runs under the datasource's
 * runtime account, which may only read and write rows. The migration account comes from
 * the system properties {@value #USER_PROPERTY} / {@value #PASSWORD_PROPERTY} or the
 * environment variables {@value #USER_ENV} / {@value #PASSWORD_ENV}; Flyway then opens its
 * own connections to the datasource's database (same JDBC URL) and closes them when done.
 * Unset, the migrations use the datasource's account, as before (the demo database).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    public static final String USER_PROPERTY = "thidua.db.migration-user";
    public static final String PASSWORD_PROPERTY = "thidua.db.migration-password";
    public static final String USER_ENV = "THIDUA_DB_MIGRATION_USER";
    public static final String PASSWORD_ENV = "THIDUA_DB_MIGRATION_PASSWORD";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Inject
    private DatabaseLogging databaseLogging;

    @PostConstruct
    void migrate() {
        FluentConfiguration config = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .locations("classpath:db/migration")
                .javaMigrations(new AuditChainSealing())
                .failOnMissingLocations(true);
        String user = setting(USER_PROPERTY, USER_ENV);
        if (user == null) {
            config.dataSource(dataSource);
            LOG.info("Migrations run under the datasource's account (no " + USER_ENV + " set)");
        } else {
            String url = url();
            config.dataSource(url, user, setting(PASSWORD_PROPERTY, PASSWORD_ENV));
            LOG.info(() -> "Migrations run under the migration account " + user);
        }
        Flyway flyway = config.load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
        DatabaseLogging.Settings logging = databaseLogging.settings();
        LOG.info(() -> "Database logging: " + logging.describe());
    }

    /**
     * The JDBC URL of the datasource's database, as its driver reports it, without the
     * runtime account's {@code user} and {@code password} parameters (the driver reports them
     * as URL parameters, and they would override the migration account).
     */
    private String url() {
        try (Connection connection = dataSource.getConnection()) {
            return withoutCredentials(connection.getMetaData().getURL());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the portal's database", e);
        }
    }

    static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        String kept = Arrays.stream(url.substring(query + 1).split("&"))
                .filter(p -> !p.isEmpty())
                .filter(p -> {
                    String key = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    return !key.equals("user") && !key.equals("password");
                })
                .collect(Collectors.joining("&"));
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
