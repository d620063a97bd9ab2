package dev.crosswalk.events;

/** How often a control operates; the wire value is the constant's name. */
public enum ControlFrequency {
    continuous, daily, weekly, monthly, quarterly, semi_annual, annual, event_driven
}
