package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence that speaks of someone by an object pronoun before it names anyone ("A jury found him
 * guilty of taking money from the developer Ilse Marchetti.") is still about the person the pronoun
 * stands for: a "he" in the next sentence ("He will be sentenced on Friday.") means that person, not
 * the one named later in the sentence. Only "him", "them" and an object "her" (not one before a noun,
 * "her lawyer") count: a possessive opening a sentence ("His lawyer, X, said") introduces the next
 * speaker.
 */
final class ObjectPronoun {

    private ObjectPronoun() {
    }

    /** Whether an object pronoun stands before the first of the sentence's named people ({@code firstNamed}, or -1 for none). */
    static boolean beforeFirstName(List<Token> tokens, int firstNamed) {
        int end = firstNamed < 0 ? tokens.size() : Math.min(firstNamed, tokens.size());
        for (int k = 0; k < end; k++) {
            String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (word.equals("him") || word.equals("them")) {
                return true;
            }
            if (word.equals("her") && !(k + 1 < tokens.size() && (tokens.get(k + 1).noun() || tokens.get(k + 1).pos().equals("ADJ")
                    || tokens.get(k + 1).proper()))) {
                return true;
            }
        }
        return false;
    }
}
