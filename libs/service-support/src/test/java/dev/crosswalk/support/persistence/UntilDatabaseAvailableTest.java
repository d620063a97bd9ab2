package dev.crosswalk.support.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UntilDatabaseAvailableTest {

    @Test
    void retriesWhileTheDatabaseIsUnavailableThenApplies() {
        AtomicInteger attempts = new AtomicInteger();
        UntilDatabaseAvailable.run("a test event", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException(new SQLException("Connection refused", "08001"));
            }
        });
        assertEquals(3, attempts.get());
    }

    @Test
    void anyOtherFailureIsThrownAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalArgumentException bug = new IllegalArgumentException("not a database problem");
        assertSame(bug, assertThrows(IllegalArgumentException.class, () -> UntilDatabaseAvailable.run("a test event", () -> {
            attempts.incrementAndGet();
            throw bug;
        })));
        assertEquals(1, attempts.get());
    }
}
