package dev.crosswalk.gateway.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class PresentedKeyTest {
    private static final UUID ID = UUID.fromString("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");

    @Test
    void readsTheIdAndHashesTheSecretOfAKeyAsIssued() {
        PresentedKey key = PresentedKey.parse("cwk_" + ID.toString().replace("-", "") + "_s3cret_with_underscore").orElseThrow();

        assertEquals(ID, key.id());
        assertEquals(PresentedKey.sha256("s3cret_with_underscore"), key.secretHash());
    }

    @Test
    void readsUpperCaseHexDigitsAsTheSameId() {
        assertEquals(ID, PresentedKey.parse("cwk_" + ID.toString().replace("-", "").toUpperCase() + "_x").orElseThrow().id());
    }

    static Stream<String> notOurKeys() {
        String hex = ID.toString().replace("-", "");
        return Stream.of("cwk_", "key_" + hex + "_s", "cwk_" + hex, "cwk_" + hex.substring(1) + "_s",
                "cwk_" + hex + "0_s", "cwk_+" + hex.substring(1) + "_s", "cwk_-" + hex.substring(1) + "_s",
                "cwk_" + hex.substring(0, 31) + "g_s", "cwk_" + hex.substring(0, 8) + "-" + hex.substring(9) + "_s",
                "cwk_" + hex + "_" + "s".repeat(200));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @MethodSource("notOurKeys")
    void refusesWhatCannotBeOneOfOurKeys(String presented) {
        assertTrue(PresentedKey.parse(presented).isEmpty(), () -> "accepted " + presented);
    }
}
