package io.factline.temporal;

import static io.factline.temporal.Lexicon.B;
import static io.factline.temporal.Lexicon.E;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;

/**
 * Vague references to the present, past and future, which TimeML normalises to PRESENT_REF, PAST_REF and
 * FUTURE_REF: "now", "currently", "these days", "recently", "in the past", "the future", "the near term".
 * The adjective "recent" ("the recent sale", "a recent filing") is not one: it qualifies the event it precedes
 * rather than naming a time, and TimeML annotators tag it as often as not (6 of 16 in the TempEval-3 training
 * data, below the share at which tagging a class adds more right values than wrong ones); "recently" and
 * "in recent years" are tagged. "Formerly" is left out with "former": like the adjective it places a role or a
 * name before another ("Ms. Diaz, formerly the bank's treasurer"), not the event the clause tells.
 */
final class ReferenceRules implements RuleFamily {

    static final Map<String, String> REFERENCES = Map.ofEntries(
            Map.entry("now", "PRESENT_REF"), Map.entry("right now", "PRESENT_REF"), Map.entry("just now", "PAST_REF"),
            Map.entry("currently", "PRESENT_REF"), Map.entry("current", "PRESENT_REF"),
            Map.entry("presently", "PRESENT_REF"), Map.entry("nowadays", "PRESENT_REF"),
            Map.entry("these days", "PRESENT_REF"), Map.entry("at present", "PRESENT_REF"),
            Map.entry("at the moment", "PRESENT_REF"), Map.entry("the present", "PRESENT_REF"),
            Map.entry("recently", "PAST_REF"), Map.entry("lately", "PAST_REF"),
            Map.entry("more recently", "PAST_REF"), Map.entry("most recently", "PAST_REF"),
            Map.entry("the past", "PAST_REF"),
            Map.entry("then current", "PAST_REF"), Map.entry("then-current", "PAST_REF"),
            Map.entry("the future", "FUTURE_REF"), Map.entry("the near future", "FUTURE_REF"),
            Map.entry("the near term", "FUTURE_REF"), Map.entry("the short term", "FUTURE_REF"),
            Map.entry("the long term", "FUTURE_REF"), Map.entry("the longer term", "FUTURE_REF"),
            Map.entry("the foreseeable future", "FUTURE_REF"), Map.entry("the coming days", "FUTURE_REF"),
            Map.entry("a later date", "FUTURE_REF"), Map.entry("someday", "FUTURE_REF"), Map.entry("soon", "FUTURE_REF"),
            Map.entry("as soon as possible", "FUTURE_REF"));

    private static final Triggers TRIGGERS = Triggers.words(REFERENCES.keySet()).build();

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rule.of("reference", B + "(" + Lexicon.alt(REFERENCES.keySet()) + ")" + E
                + "(?!\\s*(?:-|account|accounts|tense|affairs|events|issue|value|prices|dollars|perfect|participle)\\b)",
                ReferenceRules::reference));
    }

    /**
     * "Will soon move", "hopes to be healthy enough soon": a vague time ahead. Not "as soon as the talks end" (a
     * conjunction), "soon after" (relative to another event) or "was soon released" (past narrative).
     */
    private static boolean soonAhead(ResolutionContext context) {
        String before = context.before(8).toLowerCase(Locale.ROOT);
        String after = context.after(12).toLowerCase(Locale.ROOT);
        if (before.matches("(?s).*\\b(?:as|so|too|how)\\s+$") || after.matches("(?s)^\\s+(?:after|afterwards?|thereafter"
                + "|as|enough|before)\\b.*")) {
            return false;
        }
        return context.tense() != Tense.PAST;
    }

    /**
     * "Now, the board said, ..." or "Now for the weather": a sentence-initial "Now" set off by a comma, or before
     * "for", turns to a new point of the discourse rather than naming the present. "Now the company holds ..." and
     * "now that the talks failed" (the present state) are times.
     */
    private static boolean discourseNow(String word, ResolutionContext context) {
        if (!Character.isUpperCase(word.charAt(0)) || !context.before(3).matches("(?s)^$|.*(?:[.!?\"“”'`]|^|\\n)\\s*$")) {
            return false;
        }
        return context.after(5).matches("(?s)^(?:\\s*,|\\s+for\\b).*");
    }

    /** The start of a time expression right after a word: "last October", "on Tuesday", "in 2019", "yesterday". */
    private static final String TIME_FOLLOWS = "(?s)^\\s*,?\\s*(?:(?:in|on|at|during|since|until)\\s+)?"
            + "(?:(?:early|late|mid-?)\\s*)?(?:(?:last|this|next|the\\s+previous|the\\s+following)\\s+)?"
            + "(?:" + Lexicon.MONTH + "|" + Lexicon.WEEKDAY + "|yesterday|today|tonight|" + Lexicon.YEAR
            + "|(?:week|weekend|month|year|summer|spring|autumn|fall|winter)(?![\\p{L}\\p{N}]))(?![\\p{L}]).*";

    /** "The past" before a count ("the past three summers", "the past 10 games") begins a span of things, not the past. */
    private static final String COUNT_FOLLOWS = "(?s)^\\s+(?:" + Lexicon.NUMBER + "|few|several|couple)(?![\\p{L}]).*";

    /**
     * "Three doctors were shot, most recently last October": "most recently" (and "more recently") before a date
     * orders the instances; the date that follows is the time, and TimeML leaves expressions of sequencing out.
     */
    private static boolean sequencesADate(String phrase, ResolutionContext context) {
        return (phrase.equals("most recently") || phrase.equals("more recently"))
                && Lexicon.matches(context.after(40).toLowerCase(Locale.ROOT), TIME_FOLLOWS);
    }

    private static Normalized reference(MatchResult m, ResolutionContext context) {
        String phrase = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (sequencesADate(phrase, context)) {
            return null;
        }
        if (phrase.equals("the past") && Lexicon.matches(context.after(20).toLowerCase(Locale.ROOT), COUNT_FOLLOWS)) {
            return null;
        }
        if (phrase.equals("now") && discourseNow(m.group(1), context)) {
            return null;
        }
        if (phrase.equals("soon") && !soonAhead(context)) {
            return null;
        }
        return Normalized.reference(REFERENCES.get(phrase));
    }
}
