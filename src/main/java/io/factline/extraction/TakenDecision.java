package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An infinitive after a noun of decision is an intention ("a decision to close the depot on
 * Friday"), except when that noun is the subject of a perfect ("the decision to close the depot
 * on Friday has left forty drivers without work", "the move to cut fares on Monday had doubled
 * bookings"): a decision whose results are already told was carried out, so its infinitive looks
 * back like the perfect. Only a perfect counts: a simple past ("angered the unions", "was
 * announced") may tell of the decision before its day. Only nouns of a decision already taken
 * count, not of one still open ("plan", "proposal", "bid").
 */
final class TakenDecision {

    private static final Set<String> DECISIONS = Set.of("decision", "move", "choice");
    /** How many words the infinitive's phrase may have before the perfect. */
    private static final int PHRASE_REACH = 10;

    private TakenDecision() {
    }

    /**
     * Whether the infinitive at {@code verb}, whose "to" follows the noun at {@code noun}, belongs
     * to a decision that a later perfect tells as done.
     */
    static boolean carriedOut(List<Token> tokens, int noun, int verb) {
        if (noun < 0 || !DECISIONS.contains(tokens.get(noun).lemma())) {
            return false;
        }
        for (int k = verb + 1; k < tokens.size() && k - verb <= PHRASE_REACH; k++) {
            Token t = tokens.get(k);
            if (t.punctuation() || t.is("that") || t.is("which") || t.is("who") || t.pos().equals("SCONJ")
                    || t.pos().equals("CCONJ")) {
                return false;
            }
            if (t.is("has") || t.is("have") || t.is("had")) {
                return activePerfect(tokens, k + 1);
            }
            if (t.verb() || t.pos().equals("AUX")) {
                return false;
            }
        }
        return false;
    }

    /** A past participle after "has" (adverbs may come between), but not "been": a passive may tell of the decision only. */
    private static boolean activePerfect(List<Token> tokens, int k) {
        while (k < tokens.size() && (tokens.get(k).pos().equals("ADV") || tokens.get(k).is("not"))) {
            k++;
        }
        if (k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        String w = t.text().toLowerCase(Locale.ROOT);
        return t.verb() && !w.equals("been") && !w.equals(t.lemma()) && !w.endsWith("ing");
    }
}
