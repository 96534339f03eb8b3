package io.factline.common;

import java.util.Locale;

/** Builds a case-insensitive SQL LIKE pattern that treats the user's text literally. */
public final class Like {

    /** Append after {@code like :param} so both H2 and PostgreSQL read the backslash as escape. */
    public static final String ESCAPE = " escape '\\'";

    private Like() {
    }

    /** The pattern {@code %text%} for comparison with {@code lower(column)}, with % and _ escaped. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** The text lower-cased, with the backslash, % and _ escaped: a part of a pattern that matches only itself. */
    public static String literal(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
