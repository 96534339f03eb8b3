package io.factline.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A saved timeline query under a slug, for sharing and embedding. */
@Entity
@Table(name = "named_timeline")
public class NamedTimeline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    public String title;

    public String description;

    @Column(name = "q_entity")
    public String entity;

    @Column(name = "q_tag")
    public String tag;

    @Column(name = "q_text")
    public String text;

    @Column(name = "q_from")
    public String from;

    @Column(name = "q_to")
    public String to;

    /** The saved query. */
    public TimelineQuery query() {
        return new TimelineQuery(entity, tag, text, from, to);
    }

    @Column(name = "created_at")
    public Instant createdAt;
}
