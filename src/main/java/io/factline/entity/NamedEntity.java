package io.factline.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person, organisation or place that events involve, known under one canonical name. */
@Entity
@Table(name = "named_entity")
public class NamedEntity {

    /** From {@code named_entity_seq} in blocks of 50 (V6__sequence_ids.sql), so that new rows are inserted in JDBC batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "named_entity_seq")
    @SequenceGenerator(name = "named_entity_seq", sequenceName = "named_entity_seq", allocationSize = 50)
    public Long id;

    public String name;

    @Enumerated(EnumType.STRING)
    public EntityKind kind;
}
