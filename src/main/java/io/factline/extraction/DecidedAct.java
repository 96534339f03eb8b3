package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A vote or a decision to do something to a named thing ("trustees voted 5-2 on Wednesday to close
 * Halden Road Primary", "the board decided to close Halden Road Primary at the end of the year") is about
 * that act: its object, for matching, is the verb decided on ("close"), not a noun found further on ("end")
 * or none at all. Two outlets' reports of one vote then agree on what was voted, as they do when the act
 * has a common noun for object ("voted to approve the arena subsidy": "subsidy", which {@link EventTheme}
 * finds as before). s13-merge.
 */
final class DecidedAct {

    private static final Set<String> DECIDING = Set.of("vote", "decide", "resolve");
    /**
     * Words that may stand between the deciding verb and "to", besides the date: a tally ("5-2", "by 7 to 4"),
     * "unanimously", the preposition of the date ("on Thursday").
     */
    private static final Set<String> BETWEEN = Set.of("NUM", "ADV", "ADP", "SYM");
    private static final int MAX_BETWEEN = 6;
    /** Words before the object's noun: "a", "new", a sum's "$ 210 million" (s14-conflict: the sum hid the subsidy). */
    private static final Set<String> MODIFIERS = Set.of("DET", "ADJ", "NUM", "SYM");
    /** What follows a verb decided on that the tagger called an adjective: its object ("to close/ADJ Alder Street"). */
    private static final Set<String> OBJECT_OPENING = Set.of("DET", "PROPN");

    private DecidedAct() {
    }

    /**
     * A deciding verb's "to" takes an infinitive, so a lower-case word after it that the tagger calls an adjective,
     * followed by its object, is the verb decided on: "voted 5-2 on Wednesday to/ADP close/ADJ Alder Street
     * Elementary" (s14-conflict: the vote lost its object and did not meet another outlet's report of it).
     */
    private static boolean adjectiveSlip(List<Token> tokens, int word) {
        return tokens.get(word).pos().equals("ADJ") && !tokens.get(word).capitalized() && word + 1 < tokens.size()
                && OBJECT_OPENING.contains(tokens.get(word + 1).pos());
    }

    /** A tally's token, whatever the tagger calls it: "5-2", "-". */
    private static boolean tally(Token token) {
        return token.is("-") || token.text().chars().anyMatch(Character::isDigit);
    }

    /**
     * The lemma of the verb decided on, when the word at {@code from} is a deciding verb followed by "to" and
     * a verb whose object is not a common noun; null otherwise.
     *
     * @param date the date tokens {@code date[0]..date[1]}, skipped
     * @param commonNoun whether the token at an index is a common noun outside any name
     */
    static String theme(List<Token> tokens, int from, int[] date, java.util.function.IntPredicate commonNoun) {
        if (!DECIDING.contains(tokens.get(from).lemma())) {
            return null;
        }
        int k = from + 1;
        while (k < tokens.size() && k - from <= MAX_BETWEEN && !tokens.get(k).is("to")
                && (k >= date[0] && k <= date[1] || BETWEEN.contains(tokens.get(k).pos()) || tally(tokens.get(k)))) {
            k++;
        }
        if (k + 1 >= tokens.size() || !tokens.get(k).is("to") || !tokens.get(k + 1).verb() && !adjectiveSlip(tokens, k + 1)) {
            return null;
        }
        int object = k + 2;
        while (object < tokens.size() && MODIFIERS.contains(tokens.get(object).pos())) {
            object++;
        }
        return object < tokens.size() && commonNoun.test(object) ? null : tokens.get(k + 1).lemma();
    }
}
