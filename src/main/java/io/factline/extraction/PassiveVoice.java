package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A verb in the passive voice: a participle after a form of "be", with adverbs or "not" between
 * ("the bill was passed by the Assembly", "the appeal will be heard on Friday", "had not been
 * handed over"). Its subject is what the act is done to; the doer, when the sentence names it,
 * follows "by" ({@link #agent}). "By Friday" and "by the end of the month" are deadlines, not doers.
 */
final class PassiveVoice {

    private static final Set<String> NOT_DOERS = Set.of("end", "start", "beginning", "middle", "close", "time",
            "deadline", "minute", "hour", "day", "week", "month", "year", "night", "morning", "evening", "afternoon",
            "noon", "midnight", "weekend", "percent", "margin", "vote", "majority");
    private static final Pattern CALENDAR = Pattern.compile("(?i)\\d.*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
            + "january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow");

    private PassiveVoice() {
    }

    /** Whether the verb at {@code verb} is a participle after a form of "be" ("was passed", "will be heard"). */
    static boolean passive(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        if (!v.verb() || v.text().toLowerCase(Locale.ROOT).endsWith("ing")) {
            return false;
        }
        // ReducedRelative (s14-domains): "the ban imposed on her last week" is passive without its "was".
        if (NameApposition.participleOpening(tokens, verb) >= 0 || ReducedRelative.at(tokens, verb)) {
            return true;
        }
        for (int k = verb - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.pos().equals("AUX")) {
                return t.lemma().equals("be");
            }
            if (!t.pos().equals("ADV") && !t.is("not") && !t.is("n't")) {
                return coordinated(tokens, verb);
            }
        }
        return false;
    }

    /** How far back a participle joined by "and" looks for the passive it shares its "be" with. */
    private static final int COORDINATION_REACH = 12;

    /**
     * A participle joined by "and" to a passive one shares its "be" ("was detained in March and sentenced in
     * October", "were questioned and released on Friday") when no object follows it (session 12, lead):
     * "was questioned and thanked the officers" is active.
     */
    private static boolean coordinated(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        if (verb < 2 || !tokens.get(verb - 1).is("and") || !v.inflected()) {
            return false;
        }
        Token next = verb + 1 < tokens.size() ? tokens.get(verb + 1) : null;
        if (next != null && !next.pos().equals("ADP") && !next.punctuation()) {
            return false;
        }
        for (int k = verb - 2; k >= Math.max(0, verb - COORDINATION_REACH); k--) {
            Token t = tokens.get(k);
            if (t.is(";") || t.is("and") || t.pos().equals("AUX")) {
                return false;
            }
            if (t.verb()) {
                return !t.text().toLowerCase(Locale.ROOT).endsWith("ing") && passive(tokens, k);
            }
        }
        return false;
    }

    /** Who does the act of the verb: its doer after "by" when the verb is passive and names one, else its subject. */
    static int[] doer(List<Token> tokens, List<Mention> mentions, int verb, int[] subject) {
        int[] agent = agent(tokens, mentions, verb);
        return agent != null ? agent : subject;
    }

    /**
     * The doer of a passive verb: the phrase after "by" right after the verb (or after its particle,
     * "handed over by"), as token range {@code [first, end)} with "by" at {@code first - 1}, its
     * article left out; null when the verb is not passive or no doer is named.
     */
    static int[] agent(List<Token> tokens, List<Mention> mentions, int verb) {
        if (!passive(tokens, verb)) {
            return null;
        }
        int k = verb + 1;
        while (k < tokens.size() && !tokens.get(k).is("by")
                && (tokens.get(k).pos().equals("ADV") || tokens.get(k).pos().equals("PART")
                || tokens.get(k).pos().equals("ADP") && k + 1 < tokens.size() && tokens.get(k + 1).is("by"))) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).is("by")) {
            return null;
        }
        int first = k + 1;
        while (first < tokens.size() && tokens.get(first).pos().equals("DET")) {
            first++;
        }
        int end = first;
        boolean doer = false;
        while (end < tokens.size()) {
            Token t = tokens.get(end);
            int at = end;
            Mention m = mentions.stream().filter(x -> x.first() == at).findFirst().orElse(null);
            if (m != null) {
                doer = true;
                end = m.last() + 1;
                continue;
            }
            if (!t.noun() && !t.proper() && !t.pos().equals("ADJ") || CALENDAR.matcher(t.text()).matches()) {
                break;
            }
            doer |= t.noun() && !NOT_DOERS.contains(t.lemma()) || t.proper();
            end++;
        }
        for (int j = first; j < end; j++) {
            if (CALENDAR.matcher(tokens.get(j).text()).matches() || NOT_DOERS.contains(tokens.get(j).lemma())) {
                return null;
            }
        }
        return doer && end > first ? new int[] {first, end} : null;
    }
}
