package vn.thidua.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.resource.ResourceException;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.primefaces.csp.CspException;

import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;

/**
 * How failures are told apart, whatever wraps them: a member opening another bloc's page
 * (the data check's AccessDeniedException inside the FacesException and ELException of a
 * f:viewAction) is a 403, not a fault; a database that cannot be reached is a 503; a
 * transaction rolled back because it met another change of the same rows is a 409.
 */
class ProblemsTest {

    @Test
    void accessDeniedInsideAViewActionIsForbidden() {
        Throwable fromViewAction = new FacesException(new ELException(new AccessDeniedException()));
        assertEquals(Optional.of(Problems.Kind.FORBIDDEN), Problems.kind(fromViewAction));
        assertEquals(Optional.of(403), PortalExceptionHandler.status(fromViewAction));
        assertEquals(Optional.of(Problems.Kind.FORBIDDEN),
                Problems.kind(new FacesException(new EJBAccessException("WFLYEJB0364: not allowed"))));
    }

    @Test
    void noSuchRecordIsNotFound() {
        Throwable wrapped = new FacesException(new ELException(new NotFoundException("Proposal", 424242L)));
        assertEquals(Optional.of(Problems.Kind.NOT_FOUND), Problems.kind(wrapped));
        assertEquals(Optional.of(404), PortalExceptionHandler.status(wrapped));
    }

    @Test
    void aFormTheServerDidNotGiveOutIsABadRequest() {
        assertEquals(Optional.of(400), PortalExceptionHandler.status(
                new FacesException(new ViewExpiredException("no saved view", "/blocs/mine.xhtml"))));
        assertEquals(Optional.of(400), PortalExceptionHandler.status(new FacesException(new CspException("CSP nonce mismatch"))));
    }

    @Test
    void theDatabaseOutOfReachIsUnavailable() {
        // EclipseLink through JPA, the MariaDB driver's answer to a refused connection
        Throwable refused = new EJBException(new PersistenceException("Exception [EclipseLink-4002]",
                new SQLNonTransientConnectionException("Socket fail to connect to host:address=(host=127.0.0.1)"
                        + "(port=3317): Connection refused", "08000")));
        assertTrue(Problems.databaseUnavailable(refused));
        assertEquals(Optional.of(503), PortalExceptionHandler.status(new FacesException(refused)));

        assertTrue(Problems.databaseUnavailable(new PersistenceException(new SQLTransientConnectionException("pool timeout"))));
        // WildFly's pool: IJ000453 inside the datasource's SQLException
        assertTrue(Problems.databaseUnavailable(new PersistenceException(new SQLException("IJ031019",
                new ResourceException("IJ000453: Unable to get managed connection for java:jboss/datasources/ThiduaDS")))));
        // a broken connection (SQLState class 08), also as a JDBC "next exception"
        SQLException batch = new SQLException("batch failed", "HY000");
        batch.setNextException(new SQLException("Connection reset", "08S01"));
        assertTrue(Problems.databaseUnavailable(new PersistenceException(batch)));
    }

    @Test
    void aChangeThatMetAnotherAtTheSameMomentIsAConflict() {
        // MariaDB's deadlock (also Galera's answer when another node's commit won), as the EJB
        // container hands it on after rolling back
        Throwable deadlock = new EJBTransactionRolledbackException("rolled back", new PersistenceException(
                "Exception [EclipseLink-4002]", new SQLTransactionRollbackException(
                        "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213)));
        assertTrue(Problems.concurrentChange(deadlock));
        assertEquals(Optional.of(Problems.Kind.CONFLICT), Problems.kind(deadlock));
        assertEquals(Optional.of(409), PortalExceptionHandler.status(new FacesException(deadlock)));
        // a lock wait timeout (SQLState HY000, error 1205) and a stale version at commit
        assertEquals(Optional.of(Problems.Kind.CONFLICT), Problems.kind(new PersistenceException(
                new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205))));
        assertEquals(Optional.of(Problems.Kind.CONFLICT), Problems.kind(new EJBException(
                new RollbackException(new OptimisticLockException("version changed")))));
        // a broken unique key or a syntax error is a fault, not a conflict; an outage stays an outage
        assertFalse(Problems.concurrentChange(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertFalse(Problems.concurrentChange(new SQLException("You have an error in your SQL syntax", "42000", 1064)));
        assertEquals(Optional.of(Problems.Kind.UNAVAILABLE), Problems.kind(new PersistenceException(
                new SQLNonTransientConnectionException("Connection refused", "08000"))));
    }

    @Test
    void faultsAndBrokenRulesAreNeither() {
        assertEquals(Optional.empty(), Problems.kind(new FacesException(new ELException(new IllegalStateException("bug")))));
        assertEquals(Optional.empty(), Problems.kind(new InvalidInputException("error.bloc.leaderIsDeputy")));
        assertFalse(Problems.databaseUnavailable(new PersistenceException(new SQLException("Duplicate entry", "23000"))));
        assertFalse(Problems.databaseUnavailable(new ResourceException("IJ000460: Error checking for a transaction")));
        assertEquals(Optional.empty(), PortalExceptionHandler.status(new RuntimeException("bug")));
    }

    @Test
    void aCycleOfCausesEnds() {
        SQLException first = new SQLException("first", "HY000");
        SQLException second = new SQLException("second", "HY000");
        first.setNextException(second);
        second.setNextException(first);
        assertFalse(Problems.databaseUnavailable(new PersistenceException(first)));
    }
}
