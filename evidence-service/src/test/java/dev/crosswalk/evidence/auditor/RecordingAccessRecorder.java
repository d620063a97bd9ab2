package dev.crosswalk.evidence.auditor;

import dev.crosswalk.support.identity.AccessEntry;
import dev.crosswalk.support.identity.AccessRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the access entries it is handed, for the tests to read; fails for a subject told to. */
@ApplicationScoped
public class RecordingAccessRecorder implements AccessRecorder {
    static final String UNRECORDABLE = "key:unrecordable";
    private final List<AccessEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void recordAccess(AccessEntry entry) {
        if (entry.subject().equals(UNRECORDABLE)) {
            throw new IllegalStateException("the change log is down");
        }
        entries.add(entry);
    }

    List<AccessEntry> of(String subject) {
        return entries.stream().filter(entry -> entry.subject().equals(subject)).toList();
    }
}
