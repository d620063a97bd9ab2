package dev.crosswalk.catalog.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class Framework extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    public String version;
    public String publisher;
    public String description;
    /** {@code bundled} (shipped with the service) or {@code imported} (through the API). */
    public String origin;
    @Column(name = "imported_at")
    public Instant importedAt;
    /** Seen by every tenant; false only for frameworks withheld until the operator shares them. */
    public boolean shared;
    /** Who imported it through the API (the operator's subject); null for bundled and earlier imports. */
    @Column(name = "imported_by")
    public String importedBy;
}
