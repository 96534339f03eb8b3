package io.factline.temporal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two frames in which an expression points ahead of the clause's verb, so the past tense of that verb does not pull
 * it back.
 * <ul>
 * <li>A date something was called, set, moved, put off or extended to: a verb of scheduling, its object, then
 * "for", "to", "until" or "till" and the date ("the union called a walkout for Monday", "the judge set the hearing
 * for Friday", "Final pushed back to Sunday", "extended the offer to March"). The verb tells of the decision; the
 * date is when the thing decided will happen, so the expression {@link #scheduled looks ahead} whatever the tense.
 * Not after a past perfect ("had been moved to Thursday"): the plan it reports was overtaken or has run its course.
 * "Scheduled", "planned" and "set for" are plans already ({@link TenseDetector}); "announced a loss for the third
 * quarter" is a report, not a schedule, so "announce" is not among the verbs. Likewise an occasion a verb calls or
 * sets, named by its date: "called a Saturday rally", "set a Friday deadline".</li>
 * <li>An occasion named by a date, waited for: "had not waited for its regular June meeting", "ahead of the Friday
 * deadline", "before the bank's October session". The occasion comes after the clause's act, but the act may lie
 * well back, so the clause's tense tells nothing about which side of the publication date the occasion falls on: the
 * {@link #awaitedOccasion nearer} occurrence is taken, the coming one when both are equally far.</li>
 * </ul>
 */
final class ForwardFrame {

    /**
     * A verb of scheduling, then up to six words of its object without punctuation, then the preposition that
     * introduces the date (perhaps with a determiner).
     */
    private static final Pattern SCHEDULED = Pattern.compile("(?i)(?<![\\p{L}])(?:call(?:s|ed|ing)?|set(?:s|ting)?"
            + "|fix(?:es|ed|ing)?|book(?:s|ed|ing)?|mov(?:e|es|ed|ing)|push(?:es|ed|ing)?|bump(?:s|ed|ing)?"
            + "|shift(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?"
            + "|reschedul(?:e|es|ed|ing)|adjourn(?:s|ed|ing)?|recess(?:es|ed|ing)?|extend(?:s|ed|ing)?"
            + "|conven(?:e|es|ed|ing)|summon(?:s|ed|ing)?|put(?:s|ting)?\\s+(?:off|back)"
            + "|br(?:ing|ings|inging|ought)\\s+(?:forward|ahead))"
            + "(?:\\s+[^\\s.,;:!?\"“”()\\[\\]]+){0,6}?\\s+(?:for|to|until|till)\\s+(?:(?:the|a|an|its|their|his|her)\\s+)?$");
    /**
     * A verb that calls or sets an occasion, right before the occasion it names by a date: "called a Saturday rally",
     * "set a Friday deadline", "convened an October session".
     */
    private static final Pattern SETS_OCCASION = Pattern.compile("(?i)(?<![\\p{L}])(?:call(?:s|ed|ing)?|set(?:s|ting)?"
            + "|fix(?:es|ed|ing)?|book(?:s|ed|ing)?|conven(?:e|es|ed|ing)|summon(?:s|ed|ing)?)\\s+"
            + "(?:a|an|the|its|their|his|her|another|new)\\s+$");
    /** A past perfect before the verb: "had called", "had been moved", "had not been delayed". */
    private static final Pattern PAST_PERFECT = Pattern.compile("(?i)(?<![\\p{L}])had(?:n't|n’t)?(?:\\s+(?:not|been|already))*\\s+$");
    /**
     * A frame of waiting before the expression, with the occasion's determiner or owner and up to two more words
     * ("waited for its regular", "ahead of the central bank's").
     */
    private static final Pattern WAITING = Pattern.compile("(?i)(?<![\\p{L}])(?:wait(?:s|ed|ing)?\\s+(?:for|until)"
            + "|await(?:s|ed|ing)?|ahead\\s+of|before|in\\s+advance\\s+of|in\\s+the\\s+run-up\\s+to"
            + "|prepar(?:e|es|ed|ing)\\s+for|in\\s+time\\s+for)\\s+(?:the|its|their|his|her|a|an|this)"
            + "(?:\\s+[\\p{L}'’-]+){0,2}\\s+$");
    /** The occasion the date names, perhaps after one more word ("October policy meeting", "Friday court hearing"). */
    private static final Pattern OCCASION = Pattern.compile("(?i)^\\s+(?:[\\p{L}-]+\\s+)?(?:meetings?|deadline|hearing"
            + "|session|sitting|vote|ballot|elections?|polls?|referendum|primary|runoff|summit|talks|trial|conference"
            + "|debate|convention|congress|auction|rally|march|strike|walkout|launch|ceremony|visit|match|game|final"
            + "|race|review|ruling|verdict|sentencing|decision|announcement|report|release|opening|expiry|expiration)"
            + "(?![\\p{L}])");

    /** The words the first frame's text before the expression ends with: most expressions follow none of them. */
    private static final Set<String> LAST_WORDS = Set.of("for", "to", "until", "till", "the", "a", "an", "its", "their",
            "his", "her", "another", "new");

    private ForwardFrame() {
    }

    /**
     * Whether the expression is the date something was called, set, moved, put off or extended to, or the date of an
     * occasion called or set ("called a Saturday rally").
     */
    static boolean scheduled(ResolutionContext context) {
        String before = context.before(80);
        if (!LAST_WORDS.contains(lastWord(before))) {
            return false;
        }
        Matcher m = SCHEDULED.matcher(before);
        if (!m.find()) {
            m = SETS_OCCASION.matcher(before);
            if (!m.find() || !OCCASION.matcher(context.after(32)).find()) {
                return false;
            }
        }
        return !PAST_PERFECT.matcher(before.substring(0, m.start())).find();
    }

    /** Whether the expression names an occasion a frame of waiting looks ahead to ("ahead of the Friday deadline"). */
    static boolean awaitedOccasion(ResolutionContext context) {
        return OCCASION.matcher(context.after(32)).find() && WAITING.matcher(context.before(60)).find();
    }

    private static String lastWord(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
