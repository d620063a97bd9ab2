package dev.crosswalk.events;

/** CloudEvent {@code type} values published on {@link Topics#CATALOG_EVENTS}. */
public final class CatalogEventTypes {
    /** data: {@link ControlEventData}. */
    public static final String CONTROL_CREATED = "control.created";
    /** data: {@link ControlEventData}, the control as it is after the change. */
    public static final String CONTROL_UPDATED = "control.updated";
    /** data: {@link ControlEventData}, the control as it was when deleted. */
    public static final String CONTROL_DELETED = "control.deleted";
    /**
     * data: {@link ControlAdoptionEventData}: a control just created from the common control library, with the
     * requirements the library maps it to; follows its {@link #CONTROL_CREATED}, once per adoption.
     */
    public static final String CONTROL_ADOPTED = "control.adopted";
    /**
     * data: {@link ControlAdoptionEventData} without library fields: a control created or updated by a spreadsheet
     * import, with the requirements the sheet maps it to, which replace the control's mappings; follows its
     * {@link #CONTROL_CREATED} or {@link #CONTROL_UPDATED}.
     */
    public static final String CONTROL_IMPORTED = "control.imported";
    /** data: {@link LibraryUpgradeEventData}: a newer library version's mapping changes applied to an adopted control. */
    public static final String CONTROL_LIBRARY_UPGRADED = "control.library-upgraded";
    /** data: {@link ApplicabilityEventData}, the new current decision for one Annex A control. */
    public static final String APPLICABILITY_DECIDED = "applicability.decided";
    /** data: {@link RiskEventData}. */
    public static final String RISK_CREATED = "risk.created";
    /** data: {@link RiskEventData}, the risk as it is after the change. */
    public static final String RISK_UPDATED = "risk.updated";
    /** data: {@link RiskEventData}, the risk as it was when deleted. */
    public static final String RISK_DELETED = "risk.deleted";
    /** data: {@link FrameworkEventData}; tenant {@link EventExtensions#SHARED_TENANT}. */
    public static final String FRAMEWORK_PUBLISHED = "framework.published";
    /** data: {@link Soc2ScopeEventData}, the tenant's new choice of TSC categories for its SOC 2 report. */
    public static final String SOC2_SCOPE_DECIDED = "soc2-scope.decided";
    /** A new version of the tenant's ISMS scope statement was recorded (ISO 27001 clause 4.3). */
    public static final String SCOPE_RECORDED = "scope.recorded";

    /**
     * Restatements (operator-triggered, see the outbox's Restatements): the current state of each entity, with
     * the same data as its ordinary events, so a consumer rebuilding its projections applies them alike (newest
     * version wins). Only what exists now is restated: nothing for deleted controls and risks.
     */
    public static final String CONTROL_RESTATED = "control.restated";
    /** data: {@link ApplicabilityEventData}, the current decision for one Annex A control. */
    public static final String APPLICABILITY_RESTATED = "applicability.restated";
    /** data: {@link RiskEventData}. */
    public static final String RISK_RESTATED = "risk.restated";
    /** data: {@link FrameworkEventData}; tenant {@link EventExtensions#SHARED_TENANT}. */
    public static final String FRAMEWORK_RESTATED = "framework.restated";
    /** data: {@link Soc2ScopeEventData}, the tenant's current choice. */
    public static final String SOC2_SCOPE_RESTATED = "soc2-scope.restated";
    public static final String SCOPE_RESTATED = "scope.restated";

    private CatalogEventTypes() {
    }
}
