package vn.thidua.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import vn.thidua.ballot.service.DatabaseLogging;

/**
 * Brings the schema up to date on deployment with the versioned scripts in
 * {@code db/migration} (Flyway). Runs before anything else touches the database; a
 * failed migration fails the deployment rather than serving a half-migrated schema. Then
 * logs what the database's own logs record ({@link DatabaseLogging}: binary log, general
 * log, Galera replication), which electronic ballots make harmless to secrecy.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Inject
    private DatabaseLogging databaseLogging;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
        DatabaseLogging.Settings logging = databaseLogging.settings();
        LOG.info(() -> "Database logging: " + logging.describe());
    }
}
