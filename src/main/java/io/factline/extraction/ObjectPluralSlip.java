package io.factline.extraction;

import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A plural noun after a verb and a name that modifies it ("Putin met U.S. envoys Witkoff and Kushner", "the army
 * shelled Ukrainian positions") is tagged a verb now and then, as if the name were the subject of a clause
 * ("envoys" as the verb "envoy"): the meeting lost its verb and its date (session 13, lead). A clause without "that"
 * follows only verbs of saying, knowing and expecting ("said Russia wants a deal", "hopes Kyiv accepts"); after
 * any other verb, one or two names or adjectives and then an "-s" word tagged a verb, that word is the verb's
 * plural object. Closed sets of verbs, since no tag tells them apart.
 */
final class ObjectPluralSlip {

    /**
     * Verbs that take a clause without "that" after them: the "-s" word after their object may be its verb. The
     * reporting verbs ({@link Attribution#REPORTING}) and these verbs of knowing, expecting and causing.
     */
    static final Set<String> CLAUSE_TAKING = Stream.concat(Attribution.REPORTING.stream(),
            Stream.of("think", "believe", "know", "hope", "expect", "fear", "feel", "guess", "predict", "learn", "hear",
                    "see", "find", "realise", "realize", "understand", "doubt", "bet", "recall", "remember", "agree",
                    "estimate", "prove", "show", "indicate", "suggest", "ensure", "mean", "demand", "propose",
                    "recommend", "wish", "assume", "suspect", "reckon", "suppose", "signal", "make", "let", "help",
                    "watch", "notice", "allege", "concede", "stress", "emphasise", "emphasize", "complain", "worry",
                    "declare", "maintain", "conclude", "decide", "judge", "rule"))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> MODIFIERS = Set.of("PROPN", "ADJ");

    private ObjectPluralSlip() {
    }

    /**
     * Whether the word at {@code i}, tagged a verb, is the plural object of the verb before its one or two modifiers.
     *
     * @param verbLemma the lemma of a word read as a verb
     */
    static boolean pluralNoun(String[] words, IntFunction<String> tags, int i, UnaryOperator<String> verbLemma) {
        if (!tags.apply(i).startsWith("VERB") || !InfinitiveTag.pluralShape(words[i])) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && i - k <= 2 && MODIFIERS.stream().anyMatch(tags.apply(k)::startsWith)) {
            k--;
        }
        return k >= 0 && k < i - 1 && tags.apply(k).startsWith("VERB") && Character.isLowerCase(words[k].charAt(0))
                && !CLAUSE_TAKING.contains(verbLemma.apply(words[k]));
    }
}
