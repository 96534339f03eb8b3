package io.factline.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/** An article in responses; {@code text} only where a single article is read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(Long id, String url, String outlet, String title, Instant publishedAt,
        LocalDate publishedOn, String contentHash, int version, Instant ingestedAt, Instant updatedAt, String text) {

    public static ArticleView summary(Article a) {
        return new ArticleView(a.id, a.url, a.outlet, a.title, a.publishedAt, a.publishedOn, a.contentHash,
                a.version, a.ingestedAt, a.updatedAt, null);
    }

    public static ArticleView full(Article a) {
        return new ArticleView(a.id, a.url, a.outlet, a.title, a.publishedAt, a.publishedOn, a.contentHash,
                a.version, a.ingestedAt, a.updatedAt, a.body);
    }
}
