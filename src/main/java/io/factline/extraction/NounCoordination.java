package io.factline.extraction;

import java.util.List;
import java.util.Locale;

/**
 * Words joined by "and" or "or" share their form. A word in its base form that the tagger calls a
 * verb, right after "and"/"or" that follows a noun or adjective and right before a noun ("the billing and
 * control systems", "the water and power lines"), is a second modifier of that noun: a verb
 * joined there would take the form of the verb before it, and that verb is inflected ("breached",
 * "cuts") or there is none. After a verb in its base form ("will cut the price and raise fees") the
 * word stays a verb.
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
        if (!tag.equals("VERB") || !"NOUN".equals(nextTag) || !word.toLowerCase(Locale.ROOT).equals(lemma)
                || n < 2 || !before.get(n - 1).is("and") && !before.get(n - 1).is("or")) {
            return false;
        }
        Token joined = before.get(n - 2);
        if (!joined.noun() && !joined.pos().equals("ADJ")) {
            return false;
        }
        for (int k = n - 3; k >= 0; k--) {
            Token t = before.get(k);
            if (t.verb() || t.pos().equals("AUX") || t.is("to")) {
                return t.verb() && !t.text().toLowerCase(Locale.ROOT).equals(t.lemma());
            }
        }
        return true;
    }
}
