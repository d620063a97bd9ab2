package dev.crosswalk.gateway.keys;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class Tenant extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    @Column(name = "created_at")
    public Instant createdAt;
}
