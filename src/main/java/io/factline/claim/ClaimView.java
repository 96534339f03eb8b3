package io.factline.claim;

import io.factline.date.DateView;

/**
 * A claim in responses. {@code begin}/{@code end} are character offsets of the quote in the article;
 * {@code superseded} claims come from an article's text before a correction and no longer count.
 */
public record ClaimView(Long id, Long eventId, Long articleId, String sourceUrl, String outlet, String attributedTo,
        String quote, Integer begin, Integer end, Stance stance, DateView date, Rank rank, boolean extracted,
        boolean superseded) {

    public static ClaimView from(Claim c) {
        return new ClaimView(c.id, c.eventId, c.articleId, c.sourceUrl, c.outlet, c.attributedTo, c.quote, c.begin,
                c.end, c.stance, DateView.of(c.dateValue), c.rank, c.extracted, c.superseded);
    }
}
