package dev.crosswalk.support.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells a failure that is the row's own fault (the broker or the client refuses this record, and will refuse
 * it again however often it is sent) from one that is the broker's (unreachable, timing out), after which
 * every row waits as before.
 */
final class RefusedByBroker {
    private RefusedByBroker() {
    }

    static boolean isRowsFault(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof SerializationException || cause instanceof InvalidRecordException
                    || cause instanceof UnreadableRow) {
                return true;
            }
        }
        return false;
    }

    /** A row whose stored payload cannot be turned into events (a bundle that does not parse). */
    static final class UnreadableRow extends RuntimeException {
        UnreadableRow(long seq, Throwable cause) {
            super("outbox row " + seq + " cannot be read: " + cause.getMessage(), cause);
        }
    }
}
