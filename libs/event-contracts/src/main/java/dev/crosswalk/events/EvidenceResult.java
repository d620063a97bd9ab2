package dev.crosswalk.events;

/** What the evidence shows about the control's operation; informational records never decide coverage. */
public enum EvidenceResult {
    pass, fail, informational
}
