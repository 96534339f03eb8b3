package io.factline.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * An adverb of time between a form of "be" and a past participle ("the gallery was last robbed in 2009",
 * "was first burgled") is tagged an adjective, and with it the participle ("last/ADJ robbed/ADJ"): the clause
 * lost its verb, so the earlier robbery made no event (session 15, s15-deny). After a form of "be", such a word
 * followed by an "-ed" word the lemmatizer knows as a verb's form is an adverb, and the "-ed" word the passive
 * participle. "The last robbed bank" (no "be" before) and "was last in 2009" (no participle) are untouched.
 */
final class AdverbBeforeParticiple {

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> ADVERBS = Set.of("last", "first", "once", "twice", "recently", "previously",
            "reportedly", "allegedly", "apparently", "deliberately");

    private AdverbBeforeParticiple() {
    }

    /** Whether the word at {@code i} is such an adverb: after "be", before a participle. */
    static boolean adverb(String[] words, int i, UnaryOperator<String> verbLemma) {
        return i >= 1 && i + 1 < words.length && BE.contains(words[i - 1].toLowerCase(Locale.ROOT))
                && ADVERBS.contains(words[i].toLowerCase(Locale.ROOT)) && participle(words[i + 1], verbLemma);
    }

    /** Whether the word at {@code i}, tagged an adjective, is the participle after such an adverb. */
    static boolean verb(String[] words, IntFunction<String> tags, int i, UnaryOperator<String> verbLemma) {
        return i >= 2 && tags.apply(i).startsWith("ADJ") && adverb(words, i - 1, verbLemma);
    }

    private static boolean participle(String word, UnaryOperator<String> verbLemma) {
        String w = word.toLowerCase(Locale.ROOT);
        return Character.isLowerCase(word.charAt(0)) && w.endsWith("ed") && !w.equals(verbLemma.apply(w));
    }
}
