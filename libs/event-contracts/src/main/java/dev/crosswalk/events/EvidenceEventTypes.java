package dev.crosswalk.events;

/** CloudEvent {@code type} values published on {@link Topics#EVIDENCE_EVENTS}; data is always {@link EvidenceEventData}. */
public final class EvidenceEventTypes {
    /** A new record was accepted (also a correction, which is followed by {@link #SUPERSEDED} for the old one). */
    public static final String RECORDED = "evidence.recorded";
    /** A reviewer accepted or rejected a record. */
    public static final String REVIEWED = "evidence.reviewed";
    /** A record was replaced by a correction; {@code supersededBy} names the new record. */
    public static final String SUPERSEDED = "evidence.superseded";
    /** A record's validUntil passed: it no longer counts as fresh evidence. */
    public static final String EXPIRED = "evidence.expired";

    /** A restatement (operator-triggered): the record as it is now, for consumers rebuilding their projections. */
    public static final String RESTATED = "evidence.restated";

    private EvidenceEventTypes() {
    }
}
