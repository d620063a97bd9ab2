package dev.crosswalk.support.identity;

/**
 * The name a client gave itself in a body ({@code reviewer}, {@code decidedBy}...): kept and shown next to the
 * verified subject ({@link Caller#subject()}), never used to decide anything.
 */
public final class DisplayName {
    private DisplayName() {
    }

    /** The claimed name, stripped; null when none was given. */
    public static String of(String claimed) {
        return claimed == null || claimed.isBlank() ? null : claimed.strip();
    }
}
