package io.factline.extraction;

import java.util.List;
import java.util.Locale;

/**
 * One thing named by one report and only described by another: "the Halcyon-3 satellite broke apart"
 * and "there is no evidence that the satellite has broken apart"; "Two patients who caught the
 * infection died" and "No patient has died". A subject is kept by the noun that describes it (the
 * event's subject noun, {@link GeneralObject#subjectNoun}), also when a name stands before that noun
 * ("the Halcyon-3 satellite" is a satellite), so a denial that only describes what it is about meets the
 * report that named it: same act, same described subject ({@link EventMatcher#denies}) (session 10,
 * s10-scend).
 */
final class DescribedThing {

    private DescribedThing() {
    }

    /**
     * The noun's lemma, in lower case; a plural in "-nts" the lemmatizer took for an abstract noun in
     * "-nce" ("patients" → "patience", "residents" → "residence") is the person noun ("patient").
     */
    static String noun(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        String word = t.text().toLowerCase(Locale.ROOT);
        if (word.endsWith("nts") && lemma.endsWith("nce") && !lemma.equals(word)) {
            return word.substring(0, word.length() - 1);
        }
        return lemma;
    }

    /**
     * Whether the name ending at {@code last} only modifies the common noun that ends the phrase at
     * {@code to} (exclusive): "the Halcyon-3 satellite", "its Halcyon-3 weather satellite".
     */
    static boolean describedName(List<Token> tokens, int last, int to) {
        if (last + 1 >= to || to > tokens.size() || !tokens.get(to - 1).noun() || tokens.get(to - 1).capitalized()) {
            return false;
        }
        for (int k = last + 1; k < to; k++) {
            Token t = tokens.get(k);
            if (t.capitalized() || !(t.noun() || t.pos().equals("ADJ"))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a denial and an asserted report tell of a subject described by the same noun. */
    static boolean sameSubject(EventMatcher.Features denial, EventMatcher.Features asserted) {
        return denial.subject() != null && denial.subject().equals(asserted.subject());
    }
}
