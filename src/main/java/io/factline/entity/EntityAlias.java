package io.factline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One name an entity goes by ("Putin", "Vladimir Putin"); the canonical name is an alias too. */
@Entity
@Table(name = "entity_alias")
public class EntityAlias {

    /** From {@code entity_alias_seq} in blocks of 50 (V6__sequence_ids.sql), so that new rows are inserted in JDBC batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_alias_seq")
    @SequenceGenerator(name = "entity_alias_seq", sequenceName = "entity_alias_seq", allocationSize = 50)
    public Long id;

    @Column(name = "entity_id")
    public Long entityId;

    public String alias;

    /** {@link Names#normalize} of the alias: the unique lookup key. */
    public String normalized;
}
