package io.factline.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * A past participle after "had" that the tagger calls an adjective ("denied that the driver had/VERB
 * offered/ADJ money to the officers") is the verb of a past perfect: "had" is its auxiliary, not a verb of
 * having. Before, the clause lost its verb, so the denial of an offer was read as the bare act of denying,
 * affirmed, and nothing was denied (s14-conflict). Only after "had" preceded by its subject, for an "-ed"
 * word the lemmatizer knows as a verb's form, followed by what a verb takes (a determiner, a noun, a
 * pronoun, a number, a preposition): "had limited funds" after a subject stays ambiguous in English, and
 * is read as the perfect too.
 */
final class PerfectParticiple {

    /** What may follow the participle: its object or a preposition. */
    private static final Set<String> AFTER = Set.of("DET", "NOUN", "PROPN", "PRON", "NUM", "ADP");
    /** What may stand right before "had": its subject. */
    private static final Set<String> SUBJECT = Set.of("NOUN", "PROPN", "PRON");

    private PerfectParticiple() {
    }

    /** Whether the word at {@code i}, tagged an adjective right after a subject's "had", is a past participle. */
    static boolean verb(String[] words, IntFunction<String> tags, int i, UnaryOperator<String> verbLemma) {
        if (i < 2 || i + 1 >= words.length || !tags.apply(i).startsWith("ADJ") || !words[i - 1].equalsIgnoreCase("had")) {
            return false;
        }
        String word = words[i].toLowerCase(Locale.ROOT);
        if (!word.endsWith("ed") || !Character.isLowerCase(words[i].charAt(0)) || word.equals(verbLemma.apply(word))) {
            return false;
        }
        String before = tags.apply(i - 2);
        String next = tags.apply(i + 1);
        return SUBJECT.stream().anyMatch(before::startsWith) && AFTER.stream().anyMatch(next::startsWith);
    }
}
