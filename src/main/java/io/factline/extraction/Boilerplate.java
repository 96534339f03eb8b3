package io.factline.extraction;

import java.util.regex.Pattern;

/**
 * Lines of an article that are page furniture, not reporting: section labels ("Published in
 * World News"), comment and share prompts, copyright and distribution notices, contributor
 * credits ("With assistance from ..."), separators, and lines too short to say anything.
 */
public final class Boilerplate {

    private static final Pattern FURNITURE = Pattern.compile("(?i)^(?:"
            + "published (?:in|on|by)\\b.*"
            + "|(?:updated|posted|filed)(?: on| at)?\\s*[:\\d].*"
            + "|\\d*\\s*comments?\\b.{0,20}"
            + "|(?:share|share this|print|subscribe|sign up|read more|related|advertisement|follow us)\\b.{0,60}"
            + "|(?:with )?(?:additional )?(?:assistance|reporting|writing|editing) (?:from|by)\\b.*"
            + "|(?:copyright|\\(c\\)|©).*"
            + "|.*\\ball rights reserved\\b.*"
            + "|distributed by\\b.*"
            + "|visit \\S+\\.\\w{2,}\\b.{0,40}"
            + ")$");
    private static final Pattern LEADING_DASHES = Pattern.compile("^[\\p{Pd}\\s]+");
    private static final Pattern NO_WORDS = Pattern.compile("^[^\\p{L}]*$");

    private Boilerplate() {
    }

    /** Whether a line of the article carries no reporting. */
    public static boolean isBoilerplate(String line) {
        String text = LEADING_DASHES.matcher(line.strip()).replaceFirst("");
        if (NO_WORDS.matcher(text).matches() || text.length() < 20 && text.split("\\s+").length < 2) {
            return true;
        }
        return FURNITURE.matcher(text).matches();
    }
}
