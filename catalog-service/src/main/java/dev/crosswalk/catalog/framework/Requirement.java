package dev.crosswalk.catalog.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Optional;

/** One clause, Annex A control or criterion of a framework. */
@Entity
public class Requirement extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "framework_id")
    public String frameworkId;
    public String ref;
    public String title;
    @Enumerated(EnumType.STRING)
    public RequirementKind kind;
    @Column(name = "group_code")
    public String groupCode;
    @Column(name = "parent_ref")
    public String parentRef;
    @Column(name = "new_in_version")
    public boolean newInVersion;
    public int position;

    public static Optional<Requirement> findByRef(String frameworkId, String ref) {
        return find("frameworkId = ?1 and ref = ?2", frameworkId, ref).firstResultOptional();
    }

    public static List<Requirement> childrenOf(String frameworkId, String ref) {
        return list("frameworkId = ?1 and parentRef = ?2 order by position", frameworkId, ref);
    }
}
