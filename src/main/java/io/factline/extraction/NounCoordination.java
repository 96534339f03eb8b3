package io.factline.extraction;

import java.util.List;
import java.util.Locale;

/**
 * Words joined by "and" or "or" share their form. A word in its base form or in "-ing" that the
 * tagger calls a verb, right after "and"/"or" that follows a noun or adjective and right before a
 * noun ("the billing and control systems", "the payroll and pumping systems"), is a second
 * modifier of that noun: a verb joined there would take the form of the verb before it, and that
 * verb has another form ("breached") or there is none. After a verb of the same form ("will cut
 * the price and raise fees", "cutting costs and raising prices") the word stays a verb. So is such
 * a word right after a possessive ("broke into the company's pumping systems"): a possessive
 * opens a noun phrase.
 */
final class NounCoordination {

    private NounCoordination() {
    }

    /**
     * Whether the word with this tag and lemma, after the tokens already read and before a word
     * tagged {@code nextTag}, is a noun modifier the tagger took for a verb.
     */
    static boolean modifier(List<Token> before, String word, String tag, String lemma, String nextTag) {
        int n = before.size();
        String form = form(word, lemma);
        if (!tag.equals("VERB") || !"NOUN".equals(nextTag) || form == null || n < 1) {
            return false;
        }
        String previous = before.get(n - 1).text();
        if (previous.endsWith("'s") || previous.endsWith("\u2019s")) {
            return true;
        }
        if (n < 2 || !before.get(n - 1).is("and") && !before.get(n - 1).is("or")) {
            return false;
        }
        Token joined = before.get(n - 2);
        if (!joined.noun() && !joined.pos().equals("ADJ")) {
            return false;
        }
        for (int k = n - 3; k >= 0; k--) {
            Token t = before.get(k);
            if (t.verb() || t.pos().equals("AUX") || t.is("to")) {
                return t.verb() && !form.equals(form(t.text(), t.lemma()));
            }
        }
        return true;
    }

    /** "base" for a word that is its own lemma, "ing" for an "-ing" form, null for other inflections. */
    private static String form(String word, String lemma) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals(lemma)) {
            return "base";
        }
        return lower.endsWith("ing") ? "ing" : null;
    }
}
