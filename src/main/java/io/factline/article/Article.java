package io.factline.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A news article as ingested: one row per URL, its text replaced (version + 1) on correction. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String url;

    public String outlet;

    public String title;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String body;

    @Column(name = "content_hash")
    public String contentHash;

    public int version;

    @Column(name = "ingested_at")
    public Instant ingestedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
