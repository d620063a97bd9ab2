package dev.crosswalk.events;

/** What sort of evidence a record is; the wire value is the constant's name. */
public enum EvidenceKind {
    automated_check, document, screenshot, configuration_export, log_extract, attestation, ticket, interview_note,
    sample_test
}
