package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An adverb between a speaker and the reporting verb ("Valk also denied that …", "the ministry flatly
 * rejected …", "Berg later told reporters …") belongs to the verb: the words before it are still the speaker
 * (session 15, s15-deny). Before, the adverb ended the subject, so the sentence had no source, and an undated
 * denial told by a surname made no candidate. A negation is no such adverb ("Valk never said") — it is what
 * the sentence says — and neither is a word that opens a clause ("then", "however").
 */
final class ReportingAdverb {

    private static final Set<String> NOT_SKIPPED = Set.of("not", "never", "n't", "then", "however", "so", "thus", "therefore");
    private static final int MAX = 2;

    private ReportingAdverb() {
    }

    /** The index of the first of at most two lower-case adverbs right before {@code verb}, or {@code verb} when none. */
    static int start(List<Token> tokens, int verb) {
        int k = verb;
        while (k > 0 && verb - k < MAX) {
            Token t = tokens.get(k - 1);
            if (!t.pos().equals("ADV") || t.capitalized() || NOT_SKIPPED.contains(t.text().toLowerCase(Locale.ROOT))) {
                break;
            }
            k--;
        }
        return k > 0 ? k : verb;
    }
}
