package vn.thidua.tools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;

import vn.thidua.audit.service.AuditChain;

/**
 * {@code ./portal.sh audit-verify}: verifies the audit trail's hash chain straight from the
 * database over JDBC (the portal need not run), with the same {@link AuditChain} the
 * Board's page uses, and names the first entry that breaks it. Reads
 * {@code THIDUA_DB_URL}, {@code THIDUA_DB_USER}, {@code THIDUA_DB_PASSWORD} (defaults: the
 * run command's embedded database); reading needs only SELECT, so the runtime account will
 * do. Exit status 0 when intact, 1 when broken.
 */
public final class AuditVerify {

    private static final int BATCH = 1000;

    private AuditVerify() {
    }

    public static void main(String[] args) throws SQLException {
        String url = env("THIDUA_DB_URL", "jdbc:mariadb://127.0.0.1:3307/thidua");
        AuditChain.Result result = verify(url, env("THIDUA_DB_USER", "thidua"), env("THIDUA_DB_PASSWORD", "thidua"));
        if (result.intact()) {
            System.out.printf("Audit trail intact: %d entries checked; last entry %d, hash %s%n",
                    result.checked(), result.lastId(), result.lastHash());
            System.out.println("Keep the last hash outside the database (e.g. in the minutes of this check).");
            return;
        }
        System.out.printf("Audit trail BROKEN: the first entry that breaks the chain is %d (%s)%n",
                result.firstBrokenId(), explain(result.reason()));
        System.out.printf("Head of the chain: entry %d, hash %s%n", result.lastId(), result.lastHash());
        System.out.flush();
        System.exit(1);
    }

    /** Reads the head, then every entry up to it in id order, and verifies the chain. */
    public static AuditChain.Result verify(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            long headId;
            String headHash;
            try (Statement s = c.createStatement();
                 ResultSet head = s.executeQuery("SELECT last_id, last_hash FROM audit_head WHERE id = 1")) {
                if (!head.next()) {
                    throw new SQLException("audit_head has no row: is this the portal's database, migrated?");
                }
                headId = head.getLong(1);
                headHash = head.getString(2);
            }
            AuditChain.Verifier verifier = new AuditChain.Verifier(headId, headHash);
            long after = 0;
            try (PreparedStatement page = c.prepareStatement("SELECT id, occurred_at, actor, entity_type, entity_id,"
                    + " action, details, prev_hash, entry_hash FROM audit_entry WHERE id > ? AND id <= ? ORDER BY id LIMIT "
                    + BATCH)) {
                int read;
                do {
                    page.setLong(1, after);
                    page.setLong(2, headId);
                    read = 0;
                    try (ResultSet rs = page.executeQuery()) {
                        while (rs.next()) {
                            after = rs.getLong(1);
                            verifier.accept(new AuditChain.Link(after, rs.getObject(2, LocalDateTime.class),
                                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                    rs.getString(7), rs.getString(8), rs.getString(9)));
                            read++;
                        }
                    }
                } while (read == BATCH && !verifier.done());
            }
            return verifier.result();
        }
    }

    private static String explain(AuditChain.Break reason) {
        return switch (reason) {
            case CONTENT_CHANGED -> "its content was changed after it was written";
            case LINK_BROKEN -> "it does not follow the entry before it: an entry was removed, inserted or re-hashed";
            case ENTRIES_MISSING_AT_END -> "entries were removed at the end of the trail";
        };
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
