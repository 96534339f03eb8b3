package io.factline.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * Nouns the tagger reads as verbs, which a verb's form cannot be.
 *
 * <p>An irregular plural ("men", "gunmen", "women", "children", "people") has no verb reading:
 * "arrested two men in connection with …" was read as a verb "man", which took the sentence's date
 * and its title. An "-ing" word whose stem has no vowel ("wing", "king", "thing", "string") is no
 * present participle, whatever the lemmatizer strips: "the east wing" was the verb "w". After a
 * determiner, an adjective, a noun or a number it is a noun; elsewhere ("they bring") a verb in its
 * base form. Both are closed sets of forms.
 */
final class NounSlips {

    private static final Set<String> IRREGULAR_PLURALS = Set.of("women", "children", "people", "feet", "teeth",
            "mice", "geese");
    private static final Set<String> NOUN_SLOT_BEFORE = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");

    private NounSlips() {
    }

    /**
     * Whether a word tagged a noun or a verb is an irregular plural noun ("men", "policemen",
     * "children"); the lemmatizer reads "men" as a form of the verb "man" too, so a noun of this
     * form must not be taken for a verb the tagger missed.
     */
    static boolean irregularPlural(String word, String tag) {
        String lower = word.toLowerCase(Locale.ROOT);
        return (tag.equals("VERB") || tag.equals("NOUN")) && lower.chars().allMatch(Character::isLetter)
                && (lower.endsWith("men") || IRREGULAR_PLURALS.contains(lower));
    }

    /** Whether the lemma was stripped off an "-ing" word whose stem has no vowel: "wing" → "w". */
    static boolean strippedIng(String word, String lemma) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.endsWith("ing") || lower.length() < 4 || !lemma.equals(lower.substring(0, lower.length() - 3))) {
            return false;
        }
        return lemma.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    /** Whether a word of {@link #strippedIng} stands where a noun does: after a determiner, adjective, noun or number. */
    static boolean nounSlot(String previousTag) {
        return previousTag != null && NOUN_SLOT_BEFORE.contains(previousTag);
    }
}
