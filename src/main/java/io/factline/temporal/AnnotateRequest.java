package io.factline.temporal;

/**
 * Body of {@code POST /api/annotate}.
 *
 * @param text        the text to annotate
 * @param publishedAt publication date ({@code 2026-01-21}) or date-time ({@code 2026-01-21T09:30:00Z}) that relative
 *                    expressions are resolved against
 */
public record AnnotateRequest(String text, String publishedAt) {
}
