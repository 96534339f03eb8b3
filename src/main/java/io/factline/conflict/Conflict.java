package io.factline.conflict;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A disagreement between claims, with an explanation a journalist can read and an editor's verdict. */
@Entity
@Table(name = "conflict")
@Audited
public class Conflict {

    /** From {@code conflict_seq} in blocks of 50 (V6__sequence_ids.sql), so that new rows are inserted in JDBC batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conflict_seq")
    @SequenceGenerator(name = "conflict_seq", sequenceName = "conflict_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    public ConflictType type;

    @Enumerated(EnumType.STRING)
    public ConflictStatus status;

    public String explanation;

    public String note;

    @ElementCollection
    @CollectionTable(name = "conflict_event", joinColumns = @JoinColumn(name = "conflict_id"))
    @Column(name = "event_id")
    public Set<Long> eventIds = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "conflict_claim", joinColumns = @JoinColumn(name = "conflict_id"))
    @Column(name = "claim_id")
    public Set<Long> claimIds = new TreeSet<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
