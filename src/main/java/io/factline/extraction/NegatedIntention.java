package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A negated future or intention ("Valk will not meet the union again", "won't sign", "does not plan to
 * attend", "is not going to resign") says what someone will not do; it denies nothing that was done. With no
 * date of its own, such a sentence was read as a denial of the publication day and could be linked to a
 * meeting reported the week before (same act, same people): a false contradiction (session 15, s15-deny).
 * As an undated denial it makes no candidate; a negated future with a date ("will not meet on Friday") is
 * still about that day's meeting, which another report may say will happen.
 */
final class NegatedIntention {

    private static final Set<String> MODALS = Set.of("will", "wo", "would", "shall", "'ll");
    private static final Set<String> INTENDING = Set.of("plan", "intend", "expect", "want", "mean", "go", "seek", "wish");

    private NegatedIntention() {
    }

    /** Whether the sentence's negation is on a future modal or a verb of intention followed by "to". */
    static boolean of(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.equals("won't") || w.equals("wouldn't") || w.equals("shan't")) {
                return true;
            }
            if (!w.equals("not") && !w.equals("n't") && !w.equals("never")) {
                continue;
            }
            if (k > 0 && MODALS.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            for (int j = k + 1; j + 1 < tokens.size() && j <= k + 2; j++) {
                if (INTENDING.contains(tokens.get(j).lemma()) && tokens.get(j + 1).is("to")
                        || INTENDING.contains(tokens.get(j).lemma()) && j + 2 < tokens.size()
                        && tokens.get(j + 1).text().equalsIgnoreCase("going")) {
                    return true;
                }
            }
        }
        return false;
    }
}
