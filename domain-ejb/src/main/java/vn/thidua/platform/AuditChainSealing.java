package vn.thidua.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.logging.Logger;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import vn.thidua.audit.service.AuditChain;

/**
 * Migration 11.1 (Java, between {@code V11__audit_hash_chain.sql} and
 * {@code V11_2__audit_hash_required.sql}): chains the audit entries recorded before the
 * hash chain existed, in id order, with the same {@link AuditChain} code that appends and
 * verifies. The append-only trigger is lifted for the few seconds this takes and put back
 * unchanged; it runs under the migration account, which alone may do that (the portal's
 * runtime account has no TRIGGER privilege).
 *
 * <p>Ids: from now on the portal numbers entries without gaps (previous id plus one), and
 * the verifier expects that. Older ids may have gaps (AUTO_INCREMENT skips values of rolled
 * back inserts), so the existing entries are renumbered 1..n in their order. Nothing refers
 * to an audit entry's id, so no other table changes.
 */
final class AuditChainSealing implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(AuditChainSealing.class.getName());

    /** As in V1__units_blocs_audit.sql. */
    private static final String NO_UPDATE_TRIGGER = "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry"
            + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11.1");
    }

    @Override
    public String getDescription() {
        return "audit hash chain sealing";
    }

    @Override
    public Integer getChecksum() {
        return 111;
    }

    @Override
    public boolean canExecuteInTransaction() {
        // DROP/CREATE TRIGGER commit implicitly in MariaDB
        return false;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_entry_no_update");
        }
        try {
            seal(c);
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute(NO_UPDATE_TRIGGER);
            }
        }
    }

    private static void seal(Connection c) throws Exception {
        long lastId = 0;
        String lastHash = AuditChain.GENESIS;
        int count = 0;
        // renumber first, from the top so that no new id meets an old one (ids only shrink)
        try (Statement s = c.createStatement()) {
            s.execute("SET @n := 0");
            s.executeUpdate("UPDATE audit_entry SET id = (@n := @n + 1) ORDER BY id");
        }
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("SELECT id, occurred_at, actor, entity_type, entity_id, action, details"
                     + " FROM audit_entry ORDER BY id");
             PreparedStatement write = c.prepareStatement(
                     "UPDATE audit_entry SET prev_hash = ?, entry_hash = ? WHERE id = ?")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                LocalDateTime at = rs.getObject(2, LocalDateTime.class);
                String hash = AuditChain.hash(id, at, rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), lastHash);
                write.setString(1, lastHash);
                write.setString(2, hash);
                write.setLong(3, id);
                write.addBatch();
                lastId = id;
                lastHash = hash;
                if (++count % 1000 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        try (PreparedStatement head = c.prepareStatement("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
            head.setLong(1, lastId);
            head.setString(2, lastHash);
            head.executeUpdate();
        }
        int sealed = count;
        LOG.info(() -> "Audit trail: " + sealed + " existing entries chained");
    }
}
