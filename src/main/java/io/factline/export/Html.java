package io.factline.export;

import java.util.Locale;

/**
 * Escaping for text that a viewer renders as HTML (TimelineJS does, for headlines and text).
 * Hand-written: five characters to replace do not justify a dependency.
 */
final class Html {

    private Html() {
    }

    /** The text with {@code & < > " '} replaced by entities, so that it can never become markup. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a URL may become a link: only http and https, never {@code javascript:} or {@code data:}. */
    static boolean linkable(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }
}
