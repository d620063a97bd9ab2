package dev.crosswalk.evidence.records;

/** What the evidence shows about the control's operation. */
public enum EvidenceResult {
    pass, fail, informational
}
