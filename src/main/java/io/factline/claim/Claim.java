package io.factline.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** What one source says about one event: who says it, where, in which words, and for when. */
@Entity
@Table(name = "claim")
@Audited
public class Claim {

    /** From {@code claim_seq} in blocks of 50 (V6__sequence_ids.sql), so that new rows are inserted in JDBC batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id")
    public Long eventId;

    /** The ingested article the claim rests on; null for a claim entered with a bare source URL. */
    @Column(name = "article_id")
    public Long articleId;

    @Column(name = "source_url")
    public String sourceUrl;

    public String outlet;

    @Column(name = "attributed_to")
    public String attributedTo;

    public String quote;

    /** Character offsets of the quote in the article text (end exclusive), when known. */
    @Column(name = "begin_offset")
    public Integer begin;

    @Column(name = "end_offset")
    public Integer end;

    @Enumerated(EnumType.STRING)
    public Stance stance;

    /** EDTF value of the date the source gives; null when it gives none. */
    @Column(name = "date_value")
    public String dateValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "rank")
    public Rank rank;

    public boolean extracted;

    /** The version of the article the claim was extracted from; null for claims entered by hand. */
    @Column(name = "article_version")
    public Integer articleVersion;

    /** True once the article was corrected: kept for history, left out of dates, conflicts and views. */
    public boolean superseded;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
