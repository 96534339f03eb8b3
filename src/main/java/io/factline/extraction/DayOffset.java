package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A time counted from another happening: "a day after the president vetoed the bill", "three days after a jury
 * convicted him", "a week before the election", "hours after the explosion", "the morning after the match", "on
 * the eve of the summit", and, with the happening left to the story, "two days later". The temporal engine
 * follows TimeML here: "three days" is a duration and "after" a signal, so such a phrase dates nothing by itself
 * and the act it dates took no date, or the other act's, or the publication day's.
 *
 * <p>{@code days} is what to add to the anchor's day to get the day of the act the phrase dates: +3 for "three
 * days after", -7 for "a week before", -1 for "the eve of", 0 for "hours after" (hours or minutes are taken to
 * fall on the anchor's day). A count that names no number of days ("days after", "weeks before", "months
 * later") is no offset: such an act keeps no date rather than a wrong one. {@code first}..{@code last} are the
 * phrase's tokens up to its "after", "before", "of", "later" or "earlier"; {@code anchor} is the token that opens
 * what it counts from, or -1 when nothing follows ("two days later,").
 */
record DayOffset(int first, int last, int days, int anchor) {

    private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10));
    private static final Map<String, Integer> UNITS = Map.of("day", 1, "days", 1, "week", 7, "weeks", 7,
            "fortnight", 14);
    /** Units shorter than a day: the act falls on the anchor's day. */
    private static final Set<String> WITHIN_DAY = Set.of("hours", "hour", "minutes", "minute", "moments");
    private static final Set<String> PARTS = Set.of("day", "morning", "afternoon", "evening", "night");
    private static final Set<String> AFTER = Set.of("after", "later", "afterwards", "afterward");
    private static final Set<String> BEFORE = Set.of("before", "earlier");
    /** At most this many hours after or before a happening still fall on its day here. */
    private static final int SAME_DAY_HOURS = 6;

    /** The offsets of a tagged sentence, in text order. */
    static List<DayOffset> in(List<Token> tokens) {
        List<DayOffset> found = new java.util.ArrayList<>();
        for (int k = 1; k < tokens.size(); k++) {
            DayOffset offset = at(tokens, k);
            if (offset != null) {
                found.add(offset);
            }
        }
        return found;
    }

    /** Whether the phrase counts from a day the story named before rather than from a happening it names. */
    boolean fromStory() {
        return anchor < 0;
    }

    /** The offset whose direction word is token {@code k}, or null. */
    private static DayOffset at(List<Token> tokens, int k) {
        String word = lower(tokens.get(k));
        if (word.equals("of")) {
            return eve(tokens, k);
        }
        boolean after = AFTER.contains(word);
        if (!after && !BEFORE.contains(word)) {
            return null;
        }
        int sign = after ? 1 : -1;
        boolean bare = !word.equals("after") && !word.equals("before");
        int anchor = bare ? -1 : k + 1;
        if (anchor >= tokens.size() || anchor >= 0 && tokens.get(anchor).punctuation()) {
            // "the day before." counts from the story's last day; the engine already dates that one.
            return null;
        }
        if (bare && word.equals("earlier")) {
            return null; // "a day earlier" is the engine's (it counts from the date named last)
        }
        String unit = lower(tokens.get(k - 1));
        if (PARTS.contains(unit) && k >= 2 && tokens.get(k - 2).is("the") && !bare) {
            return new DayOffset(k - 2, k, sign, anchor);
        }
        if (WITHIN_DAY.contains(unit) && !bare) {
            return withinDay(tokens, k, anchor);
        }
        Integer perUnit = UNITS.get(unit);
        Integer count = k >= 2 ? count(tokens.get(k - 2)) : null;
        if (perUnit == null || count == null || unit.endsWith("s") == (count == 1)) {
            return null;
        }
        return new DayOffset(k - 2, k, sign * count * perUnit, anchor);
    }

    /** "On the eve of the summit": the day before the happening the noun names. */
    private static DayOffset eve(List<Token> tokens, int k) {
        if (k < 2 || !tokens.get(k - 1).is("eve") || !tokens.get(k - 2).is("the") || k + 1 >= tokens.size()) {
            return null;
        }
        int first = k >= 3 && tokens.get(k - 3).is("on") ? k - 3 : k - 2;
        return new DayOffset(first, k, -1, k + 1);
    }

    /**
     * "Hours after", "just hours after", "two hours after", "an hour before", "minutes after": the anchor's day. More
     * than {@value #SAME_DAY_HOURS} hours may cross midnight, and "for two hours after" is how long, not when.
     */
    private static DayOffset withinDay(List<Token> tokens, int k, int anchor) {
        String unit = lower(tokens.get(k - 1));
        int from = k - 1;
        Integer count = k >= 2 ? count(tokens.get(k - 2)) : null;
        if (count != null) {
            from = k - 2;
            if (unit.startsWith("hour") && count > SAME_DAY_HOURS || unit.endsWith("s") == (count == 1)) {
                return null;
            }
        } else if (!unit.endsWith("s")) {
            return null;
        } else if (k >= 2 && (tokens.get(k - 2).is("just") || tokens.get(k - 2).is("mere"))) {
            from = k - 2;
        } else if (k >= 2 && (tokens.get(k - 2).is("several") || tokens.get(k - 2).is("few")
                || tokens.get(k - 2).is("many"))) {
            return null;
        }
        if (from > 0 && (tokens.get(from - 1).is("for") || tokens.get(from - 1).is("within"))) {
            return null;
        }
        return new DayOffset(from, k, 0, anchor);
    }

    private static Integer count(Token token) {
        String word = lower(token);
        if (word.matches("\\d{1,2}")) {
            return Integer.parseInt(word);
        }
        return COUNTS.get(word);
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
