package io.factline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * Links an event to a separate event that denies it ("Russia has received no documents" against
 * "Putin received a draft"), so that the contradiction is flagged across the two.
 */
@Entity
@Table(name = "event_link")
@IdClass(EventLink.Key.class)
public class EventLink {

    @Id
    @Column(name = "asserted_event_id")
    public Long assertedEventId;

    @Id
    @Column(name = "denying_event_id")
    public Long denyingEventId;

    /** The composite key. */
    public static class Key implements Serializable {
        public Long assertedEventId;
        public Long denyingEventId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(assertedEventId, k.assertedEventId)
                    && Objects.equals(denyingEventId, k.denyingEventId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assertedEventId, denyingEventId);
        }
    }
}
