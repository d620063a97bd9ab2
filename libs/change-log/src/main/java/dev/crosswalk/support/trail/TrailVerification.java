package dev.crosswalk.support.trail;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a verification of a tenant's trail (or a range of it) found. */
@Schema(name = "TrailVerification")
public record TrailVerification(
        @Schema(description = "true when every entry checked is intact and linked to the one before") boolean intact,
        long fromSeq,
        long toSeq,
        long entriesChecked,
        @Schema(description = "the tenant's head: the last entry's sequence number and hash (hex)") Head head,
        @Schema(description = "the first broken link, when one is") BrokenLink firstBroken) {

    public record Head(long seq, String hash) {
    }

    @Schema(name = "TrailBrokenLink")
    public record BrokenLink(
            long seq,
            String kind,
            List<String> refs,
            @Schema(description = "content_changed (a sealed row was changed or removed), link_changed (the entry"
                    + " itself was altered), chain_broken (it does not follow the entry before), missing_entry (a gap),"
                    + " head_mismatch (entries after it were removed or the head rewritten)")
            String problem,
            String detail) {
    }
}
