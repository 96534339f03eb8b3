package io.factline.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * An irregular past form the tagger calls an adjective between its subject and its object ("The central bank
 * on Wednesday lent/ADJ the lender 6 billion", "the bank had lent/ADJ the lender 6 billion") is the clause's
 * verb. Before, such a sentence had no verb to date, and the loan made no event at all (session 15,
 * s15-domains). The word must not end in "-ed" or "-ing" (regular forms are {@link PerfectParticiple}'s and the
 * lemmatizer's), must be lower case, and must be a verb's inflected form to the lemmatizer ("lent" → "lend");
 * before it stands a noun, a name or a day (its subject, or "on Wednesday" after it) or a subject's "had", and
 * after it what opens an object: a determiner, a name, a number or a pronoun. An adjective before a noun
 * ("the bank's chief executive", "its central bank") is followed by that noun, so it is left alone.
 */
final class IrregularPastSlip {

    /** What may follow the verb: the start of its object. */
    private static final Set<String> AFTER = Set.of("DET", "PROPN", "PRON", "NUM");
    /** What may stand right before it: its subject, or a day after the subject. */
    private static final Set<String> BEFORE = Set.of("NOUN", "PROPN");

    private IrregularPastSlip() {
    }

    /** Whether the word at {@code i}, tagged an adjective, is such a past form. */
    static boolean verb(String[] words, IntFunction<String> tags, int i, UnaryOperator<String> verbLemma) {
        if (i < 1 || i + 1 >= words.length || !tags.apply(i).startsWith("ADJ")) {
            return false;
        }
        String word = words[i].toLowerCase(Locale.ROOT);
        if (!Character.isLowerCase(words[i].charAt(0)) || word.endsWith("ed") || word.endsWith("ing")
                || !word.chars().allMatch(Character::isLetter) || word.equals(verbLemma.apply(word))) {
            return false;
        }
        String before = tags.apply(i - 1);
        boolean subject = BEFORE.stream().anyMatch(before::startsWith)
                || i >= 2 && words[i - 1].equalsIgnoreCase("had") && BEFORE.stream().anyMatch(tags.apply(i - 2)::startsWith);
        String next = tags.apply(i + 1);
        return subject && AFTER.stream().anyMatch(next::startsWith);
    }
}
