package dev.crosswalk.support.outbox;

/**
 * The cursor of a {@link StateSource} whose entities are ordered by tenant and then by a key within it:
 * written {@code tenant/key} (tenant ids hold no slash).
 */
public record TenantKey(String tenantId, String key) {
    /** Before every entity: the empty tenant id sorts first. */
    public static final TenantKey FIRST = new TenantKey("", "");

    public static TenantKey parse(String cursor) {
        if (cursor == null) {
            return FIRST;
        }
        int slash = cursor.indexOf('/');
        return new TenantKey(cursor.substring(0, slash), cursor.substring(slash + 1));
    }

    @Override
    public String toString() {
        return tenantId + "/" + key;
    }
}
