package vn.thidua.web.errors;

import jakarta.ejb.EJBAccessException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.NotFoundException;

/**
 * What a failure means for the person who asked, alike for pages and for the API: a refusal
 * (403: not allowed; 404: no such record), the database out of reach (503), a change that met
 * another change of the same rows at the same moment and was rolled back whole (409: try
 * again), or a fault of the portal (everything else, 500). The exception may arrive wrapped any number of times
 * (Faces, EL, EJB, JPA, JDBC); the whole chain of causes is searched.
 */
public final class Problems {

    /** SQLState class 08: connection exception (SQL standard, also MariaDB's driver). */
    private static final String CONNECTION_SQL_STATE_CLASS = "08";

    /** WildFly's pool could not hand out a connection (e.g. the database is down). */
    private static final String NO_MANAGED_CONNECTION = "IJ000453";

    /** The connector API's exception, by name: the web module need not see that API. */
    private static final String RESOURCE_EXCEPTION = "jakarta.resource.ResourceException";

    /** SQLState class 40: transaction rollback (a deadlock, a serialization failure). */
    private static final String ROLLBACK_SQL_STATE_CLASS = "40";

    /**
     * MariaDB's error codes for a transaction that met another: 1213 deadlock (also what a
     * Galera node answers when another node's commit of the same rows won certification),
     * 1205 lock wait timeout.
     */
    private static final Set<Integer> CONFLICT_ERROR_CODES = Set.of(1213, 1205);

    /** JPA's and EclipseLink's optimistic lock failures, by name (a stale version at commit). */
    private static final Set<String> OPTIMISTIC_LOCK_EXCEPTIONS = Set.of("jakarta.persistence.OptimisticLockException",
            "org.eclipse.persistence.exceptions.OptimisticLockException");

    private Problems() {
    }

    /** A refusal or an outage, and the HTTP status it is answered with. */
    public enum Kind {
        FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /**
     * The refusal or outage behind {@code error}, if it is one: access denied (the data check's
     * {@link AccessDeniedException} or the container's {@link EJBAccessException}), no such
     * record ({@link NotFoundException}), the database unreachable, or a concurrent change
     * ({@link #concurrentChange}).
     */
    public static Optional<Kind> kind(Throwable error) {
        if (find(error, AccessDeniedException.class) != null || find(error, EJBAccessException.class) != null) {
            return Optional.of(Kind.FORBIDDEN);
        }
        if (find(error, NotFoundException.class) != null) {
            return Optional.of(Kind.NOT_FOUND);
        }
        if (databaseUnavailable(error)) {
            return Optional.of(Kind.UNAVAILABLE);
        }
        if (concurrentChange(error)) {
            return Optional.of(Kind.CONFLICT);
        }
        return Optional.empty();
    }

    /**
     * Whether {@code error} says that the transaction met another one changing the same rows
     * and was rolled back whole: a deadlock or a lock wait timeout (SQLState class 40, MariaDB
     * error 1213 or 1205; on Galera also a commit that lost certification to another node's),
     * or an optimistic lock failure (a version changed since it was read). Nothing of the
     * transaction is stored, so the user may simply try again.
     */
    public static boolean concurrentChange(Throwable error) {
        for (Throwable t : chain(error)) {
            if (OPTIMISTIC_LOCK_EXCEPTIONS.stream().anyMatch(name -> isA(t, name))) {
                return true;
            }
            if (t instanceof SQLException sql && (CONFLICT_ERROR_CODES.contains(sql.getErrorCode())
                    || sql.getSQLState() != null && sql.getSQLState().startsWith(ROLLBACK_SQL_STATE_CLASS))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code error} says that no database connection could be had: a JDBC connection
     * exception ({@link SQLTransientConnectionException}, {@link SQLNonTransientConnectionException},
     * SQLState class 08: the driver's answer to a refused or broken TCP connection), or
     * WildFly's "IJ000453: Unable to get managed connection" — whatever JPA or the EJB
     * container wrapped around it.
     */
    public static boolean databaseUnavailable(Throwable error) {
        for (Throwable t : chain(error)) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_SQL_STATE_CLASS)) {
                return true;
            }
            if (isA(t, RESOURCE_EXCEPTION) && t.getMessage() != null && t.getMessage().contains(NO_MANAGED_CONNECTION)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isA(Throwable t, String className) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    /** The first exception of {@code type} in the chain of causes, or null. */
    public static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t : chain(error)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The innermost cause's message, for a one-line log entry. */
    public static String rootMessage(Throwable error) {
        Throwable root = error;
        for (Throwable t : chain(error)) {
            root = t;
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }

    /** {@code error} and its causes (and a JDBC exception's next exceptions), each once. */
    private static Iterable<Throwable> chain(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> order = new ArrayList<>();
        Deque<Throwable> pending = new ArrayDeque<>();
        if (error != null) {
            pending.add(error);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            order.add(t);
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException());
            }
        }
        return order;
    }
}
