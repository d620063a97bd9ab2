package dev.crosswalk.support.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.support.persistence.InsertOnly;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An outbox row as written by {@link OutboxWriter}. Mapped as an entity so it is inserted in the same
 * JDBC batches as the change it announces; the relay reads the table with plain SQL. The commit-order
 * column {@code seq} is filled by the database.
 */
@Entity
@Immutable
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase implements InsertOnly {
    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "event_type")
    public String eventType;
    public String subject;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode payload;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    @Column(name = "published_at")
    public Instant publishedAt;
}
