package dev.crosswalk.support.http;

import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;

/** ETags that carry an entity's optimistic-lock version, and the If-Match checks that go with them. */
public final class VersionTag {
    private VersionTag() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an If-Match header asks for: null for {@code *}; a 428 problem when the header is
     * required and absent, a 412 problem when it is not one of our tags.
     */
    public static Long expectedVersion(String ifMatch, boolean required) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                        "Send If-Match with the ETag you read, so concurrent edits are not lost");
            }
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return null;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match " + ifMatch + " matches no version");
        }
    }

    /** A 412 problem unless the expected version (if any) is the current one. */
    public static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The resource is at version " + current + ", not " + expected + "; read it again and retry");
        }
    }
}
