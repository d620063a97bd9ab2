package dev.crosswalk.catalog.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A theme (ISO 27001:2022), category (TSC) or domain (ISO 27001:2013) of a framework. */
@Entity
@Table(name = "requirement_group")
public class RequirementGroup extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "framework_id")
    public String frameworkId;
    public String code;
    public String title;
    public int position;
}
