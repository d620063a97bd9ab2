package dev.crosswalk.events;

/** Where a record's review stands; only an accepted record counts (see {@link dev.crosswalk.rules.EvidenceCounting}). */
public enum ReviewStatus {
    pending, accepted, rejected
}
