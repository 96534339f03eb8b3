package io.factline.extraction;

import java.util.List;

/**
 * A speaker's role set between commas after the name, with what the role is of: "Irina Moldovan,
 * a spokeswoman for the presidency, said on Friday that ...". The name before the opening comma
 * is the source; the role phrase is part of the attribution. The role may be that of a named
 * country or body ("Jonas Brecht, Veloria's chief negotiator on gas transit, will travel ...").
 */
final class RoleApposition {

    /** Longest role phrase read, in tokens ("a senior adviser to the foreign minister of X"). */
    private static final int MAX_TOKENS = 12;

    private RoleApposition() {
    }

    /**
     * The opening comma of a role phrase that {@code closingComma} ends, or -1: the phrase starts
     * with an article or a possessive, names a role ("spokeswoman", "adviser") and holds no verb.
     */
    static int opening(List<Token> tokens, int closingComma) {
        boolean role = false;
        for (int k = closingComma - 1; k > 0 && k >= closingComma - MAX_TOKENS; k--) {
            Token t = tokens.get(k);
            if (t.is(",")) {
                Token first = tokens.get(k + 1);
                boolean determined = first.pos().equals("DET") || first.pos().equals("PRON") || possessiveName(tokens, k + 1);
                return role && determined && k + 1 < closingComma - 1 ? k : -1;
            }
            if (t.verb() || t.pos().equals("AUX") || t.is("\"") || t.is("that")) {
                return -1;
            }
            role |= MentionFinder.ROLES.contains(t.lemma());
        }
        return -1;
    }

    /**
     * The opening comma of a role phrase that ends right before {@code verb}, past the auxiliaries,
     * adverbs and negations between ("X, Veloria's chief negotiator, will not travel"), or -1.
     */
    static int openingBefore(List<Token> tokens, int verb) {
        int k = verb - 1;
        while (k > 0 && (tokens.get(k).pos().equals("AUX") || tokens.get(k).pos().equals("ADV")
                || tokens.get(k).pos().equals("PART") && !tokens.get(k).is("'s"))) {
            k--;
        }
        return k > 0 && tokens.get(k).is(",") ? opening(tokens, k) : -1;
    }

    /** A capitalised name with a possessive ending ("Veloria's", "the council's" is a determiner). */
    private static boolean possessiveName(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        boolean possessive = t.text().endsWith("'s") || t.text().endsWith("\u2019s")
                || k + 1 < tokens.size() && tokens.get(k + 1).is("'s");
        return possessive && t.capitalized() && t.pos().equals("PROPN");
    }
}
