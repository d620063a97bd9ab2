package dev.crosswalk.gateway.keys;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An API key of a tenant; only the SHA-256 of its secret is stored. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    public String name;
    @Column(name = "secret_hash")
    public String secretHash;
    /** Space-separated scopes, e.g. {@code catalog:read evidence:write}. */
    public String scopes;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "last_used_at")
    public Instant lastUsedAt;
    /** Null: the key does not expire. */
    @Column(name = "expires_at")
    public Instant expiresAt;
    /** The auditor restriction, all null for a key without one. */
    @Column(name = "audit_id")
    public UUID auditId;
    @Column(name = "audit_period_from")
    public LocalDate auditPeriodFrom;
    @Column(name = "audit_period_to")
    public LocalDate auditPeriodTo;
    /** Space-separated framework ids, e.g. {@code iso27001:2022 soc2-tsc:2017}. */
    @Column(name = "audit_frameworks")
    public String auditFrameworks;
}
