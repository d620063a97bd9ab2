package dev.crosswalk.mapping.crosswalk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** One loaded crosswalk data file (e.g. ISO 27001:2022 to SOC 2 TSC). */
@Entity
public class Crosswalk extends PanacheEntityBase {
    @Id
    public String id;
    public String version;
    @Column(name = "source_framework")
    public String sourceFramework;
    @Column(name = "target_framework")
    public String targetFramework;
    public String provenance;
    @Column(name = "loaded_at")
    public Instant loadedAt;
}
