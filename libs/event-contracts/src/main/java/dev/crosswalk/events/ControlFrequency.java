package dev.crosswalk.events;

/** How often a control operates; the wire value is the constant's name. */
public enum ControlFrequency {
    continuous, daily, weekly, monthly, quarterly, semi_annual, annual, event_driven;

    /** The frequency of that wire value; empty for none or one this build does not know. */
    public static java.util.Optional<ControlFrequency> named(String value) {
        return java.util.Arrays.stream(values()).filter(f -> f.name().equals(value)).findFirst();
    }
}
