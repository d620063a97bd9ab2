package dev.crosswalk.evidence.records;

public enum ReviewStatus {
    pending, accepted, rejected
}
