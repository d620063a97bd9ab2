package dev.crosswalk.evidence.intake;

import com.fasterxml.jackson.databind.JsonNode;

/** One item of a bulk submission as read from the body: its JSON, or why its line could not be read. */
public record BulkItem(JsonNode json, String unreadable) {

    public static BulkItem of(JsonNode json) {
        return new BulkItem(json, null);
    }

    public static BulkItem unreadable(String why) {
        return new BulkItem(null, why);
    }
}
