package vn.thidua.ballot.internal;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Whether a failed write broke a unique key (another request won a race), as opposed to any
 * other failure, such as the database going away in the middle of a vote: only the first
 * may become a business answer ("already voted", "replayed"); the others must propagate, so
 * that the caller hears that the database is unavailable (found by {@code ./portal.sh crashtest}).
 */
public final class DuplicateKeys {

    /** SQLState class 23: integrity constraint violation (SQL standard, also MariaDB's driver). */
    private static final String INTEGRITY_SQL_STATE_CLASS = "23";

    private DuplicateKeys() {
    }

    public static boolean isDuplicate(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_SQL_STATE_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
