package dev.crosswalk.support.persistence;

import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Runs a unit of work again, backing off from 200 ms to 5 s, for as long as it fails only because the
 * database is unavailable ({@link DatabaseUnavailable}); any other failure is thrown at once. Event
 * consumers use it so that a database restart makes them wait rather than stop. (Hand-written: the
 * SmallRye Fault Tolerance extension is not served for this Quarkus version on our build machines.)
 */
public final class UntilDatabaseAvailable {
    private static final Logger LOG = Logger.getLogger(UntilDatabaseAvailable.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private UntilDatabaseAvailable() {
    }

    public static void run(String what, Runnable work) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                if (attempt > 1) {
                    LOG.infof("The database is available again; %s applied after %d attempts", what, attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.isCause(e)) {
                    throw e;
                }
                if (attempt == 1) {
                    LOG.warnf("The database is unavailable; %s waits and is retried: %s", what, e.getMessage());
                }
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }
}
