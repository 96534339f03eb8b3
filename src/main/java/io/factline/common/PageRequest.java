package io.factline.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * A validated {@code limit} and {@code cursor} pair. Cursors are opaque to clients: base64url of
 * the position after which the next page starts, as written by the listing that issued it.
 */
public record PageRequest(int limit, String position) {

    /**
     * @throws ProblemException 400 when the limit is out of range or the cursor is not one we issued
     */
    public static PageRequest of(String limit, String cursor, FactlineConfig.Paging paging) {
        int effective;
        try {
            effective = limit == null || limit.isBlank() ? paging.defaultLimit() : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            effective = -1;
        }
        if (effective < 1 || effective > paging.maxLimit()) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + paging.maxLimit());
        }
        return new PageRequest(effective, cursor == null || cursor.isEmpty() ? null : decode(cursor));
    }

    public static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformedCursor();
        }
    }

    public static ProblemException malformedCursor() {
        return ProblemException.invalidField("cursor", "is not a cursor this listing issued; "
                + "pass the 'next' value of the previous page unchanged");
    }

    /** Reads the position as a numeric id, for listings paged by id. */
    public Long positionAsId() {
        if (position == null) {
            return null;
        }
        try {
            return Long.parseLong(position);
        } catch (NumberFormatException e) {
            throw malformedCursor();
        }
    }

    /**
     * Cuts a result fetched with {@code limit + 1} rows into a page; the extra row tells whether a
     * next page exists, and the last row kept gives its cursor.
     */
    public <E, T> Page<T> page(List<E> rows, Function<E, String> positionOf, Function<List<E>, List<T>> toViews) {
        boolean more = rows.size() > limit;
        List<E> kept = more ? rows.subList(0, limit) : rows;
        String next = more ? encode(positionOf.apply(kept.get(kept.size() - 1))) : null;
        return new Page<>(toViews.apply(kept), next);
    }
}
