package io.factline.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Determiners are a closed class: a lower-case word the tagger calls one right after "to" that is
 * none of them is the infinitive's verb ("has until May 8 to announce a firm intention": "announce"
 * was tagged a determiner, and the sentence lost its deadline). "To the", "to any", "to its" keep
 * their determiners.
 */
final class DeterminerSlip {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "any",
            "some", "no", "every", "each", "all", "both", "either", "neither", "another", "other", "such", "what",
            "which", "whose", "whatever", "whichever", "my", "your", "his", "her", "its", "our", "their", "much",
            "many", "few", "several", "more", "most", "less", "least", "enough", "half", "one");

    private DeterminerSlip() {
    }

    /** Whether the word at {@code i}, tagged a determiner right after "to", is a verb. */
    static boolean verbAfterTo(String[] words, IntFunction<String> tags, int i) {
        String word = words[i];
        return i > 0 && tags.apply(i).startsWith("DET") && words[i - 1].equalsIgnoreCase("to") && word.length() > 2
                && word.chars().allMatch(Character::isLowerCase)
                && !DETERMINERS.contains(word.toLowerCase(Locale.ROOT));
    }
}
