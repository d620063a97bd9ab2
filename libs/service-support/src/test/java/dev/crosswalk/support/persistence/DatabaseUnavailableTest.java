package dev.crosswalk.support.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DatabaseUnavailableTest {
    private final DatabaseUnavailable unavailable = new DatabaseUnavailable();

    @Test
    void aServerShuttingDownOrAConnectionLostIsUnavailability() {
        // What PostgreSQL's driver raised in the restart drill, wrapped as Hibernate and the transaction manager did.
        assertTrue(unavailable.test(new RuntimeException("Could not commit", new GenericJDBCException("JDBC exception",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")))));
        assertTrue(unavailable.test(new IllegalStateException(new SQLException("This connection has been closed.", "08003"))));
        assertTrue(unavailable.test(new SQLException("Connection to localhost:5432 refused", "08001")));
        assertTrue(unavailable.test(new SQLException("the database system is starting up", "57P03")));
        assertTrue(unavailable.test(new JDBCConnectionException("unable to obtain", new SQLException("x"))));
    }

    @Test
    void aConnectionLostAtCommitIsUnavailabilityToo() {
        // As Narayana reported it in the restart drill: the driver's error only as a suppressed exception.
        Exception xa = new Exception("Error trying to transactionCommit local transaction");
        xa.addSuppressed(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertTrue(unavailable.test(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    @Timeout(5)
    void aCycleOfCausesEnds() {
        Exception first = new Exception("first");
        Exception second = new Exception("second", first);
        first.initCause(second);
        assertFalse(unavailable.test(first));
    }

    @Test
    void badDataAndBugsAreNot() {
        assertFalse(unavailable.test(new ConstraintViolationException("duplicate", new SQLException("dup", "23505"), "uq")));
        assertFalse(unavailable.test(new SQLException("invalid byte sequence", "22021")));
        assertFalse(unavailable.test(new SQLException("no state")));
        assertFalse(unavailable.test(new NullPointerException()));
        assertFalse(unavailable.test(null));
    }
}
