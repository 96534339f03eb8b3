package io.factline.event;

import io.factline.claim.Stance;
import io.factline.entity.NamedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Something that happened or will happen. Its date is not set by hand: it is derived from the
 * claims sources make about it ({@link EventDateRule}) and kept with the sort keys the timeline
 * orders by.
 */
@Entity
@Table(name = "event")
@Audited
public class Event {

    /** From {@code event_seq} in blocks of 50 (V6__sequence_ids.sql), so that new rows are inserted in JDBC batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    public Long id;

    public String title;

    public String summary;

    public String kind;

    public String location;

    /** Lemma of the word an extracted event is anchored to ("travel", "receive"); null when entered by hand. */
    public String action;

    /** Lemma of the head of the action's object ("draft"), when there is one. */
    public String theme;

    /**
     * Lemma of the noun an unnamed subject is told by ("crews had reported ..." → "crew"), when
     * there is one: what a denial with a general object meets ({@code GeneralObject}). Derived with
     * the action, so not kept in the history.
     */
    @NotAudited
    public String subject;

    /** EDTF value of the derived date; null while no claim gives a date. */
    @Column(name = "date_value")
    public String dateValue;

    @Column(name = "sort_start")
    public LocalDate sortStart;

    @Column(name = "sort_end")
    public LocalDate sortEnd;

    /** True while the event has an OPEN conflict. */
    public boolean conflicted;

    /**
     * True while a claim that counts (not superseded) asserts the event; with {@link #denied}, what the
     * action lookups ({@link EventRepository#newestRows}) walk in the index {@code (action, asserted, id desc, …)}
     * instead of checking each event's claims. Derived from the claims, so not kept in the history.
     */
    @NotAudited
    public boolean asserted;

    /** True while a claim that counts denies the event (see {@link #asserted}). */
    @NotAudited
    public boolean denied;

    /** Sets {@link #asserted} and {@link #denied} from the stances of the event's counting claims. */
    public void countStances(Collection<Stance> stances) {
        asserted = stances.contains(Stance.ASSERTS);
        denied = stances.contains(Stance.DENIES);
    }

    /** Marks that a counting claim of this stance was added. */
    public void counts(Stance stance) {
        if (stance == Stance.ASSERTS) {
            asserted = true;
        } else {
            denied = true;
        }
    }

    @ManyToMany
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "entity_id"))
    @OrderColumn(name = "position")
    public List<NamedEntity> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_tag", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "tag")
    public Set<String> tags = new LinkedHashSet<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
