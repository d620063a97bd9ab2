package dev.crosswalk.support.changelog;

/**
 * Who the change log names for a change: the verified subject ({@code key:<id>}, {@code user:<sub>},
 * {@code operator}) and the kind of credential it signed in with.
 */
public record Actor(String subject, String credential) {
    public static final String API_KEY = "api_key";
    public static final String TOKEN = "token";
    public static final String OPERATOR = "operator";

    /** The actor of a subject as the gateway writes it; the credential follows from its form. */
    public static Actor of(String subject) {
        String credential = subject.startsWith("key:") ? API_KEY
                : subject.startsWith("user:") ? TOKEN
                : subject.equals("operator") ? OPERATOR : "unknown";
        return new Actor(subject, credential);
    }
}
