package io.factline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One name an entity goes by ("Putin", "Vladimir Putin"); the canonical name is an alias too. */
@Entity
@Table(name = "entity_alias")
public class EntityAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entity_id")
    public Long entityId;

    public String alias;

    /** {@link Names#normalize} of the alias: the unique lookup key. */
    public String normalized;
}
