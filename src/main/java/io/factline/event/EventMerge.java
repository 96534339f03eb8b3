package io.factline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Where an event absorbed into another went ({@link EventAbsorber}): GET of the absorbed id answers with a
 * redirect to the surviving event instead of a bare 404. Not audited: the events' own history tells the
 * merge (the absorbed event's deletion, the claims' new event).
 */
@Entity
@Table(name = "event_merge")
public class EventMerge {

    @Id
    @Column(name = "absorbed_id")
    public Long absorbedId;

    @Column(name = "surviving_id")
    public Long survivingId;

    @Column(name = "merged_at")
    public Instant mergedAt;
}
