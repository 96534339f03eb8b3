package io.factline.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * Auxiliaries are a closed class: the forms of "be", "have" and "do", the modals and their contractions. A
 * plural word the tagger calls an auxiliary outside that class is the noun it stands for: "denied that passwords
 * had been stolen" was tagged "passwords/AUX", which cost the passive its subject and the denial its object
 * (session 13, lead). A past form the tagger calls an auxiliary ("pleaded") is {@link GuiltyPlea}'s.
 */
final class AuxiliarySlip {

    private static final Set<String> AUXILIARIES = Set.of("be", "am", "is", "are", "was", "were", "been", "being",
            "have", "has", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
            "may", "might", "must", "ought", "need", "dare", "wo", "ca", "sha", "'s", "'re", "'m", "'ve", "'d", "'ll",
            "s", "re", "m", "ve", "d", "ll", "get", "gets", "got", "gotten", "getting", "used", "to");

    private AuxiliarySlip() {
    }

    /** Whether a word tagged an auxiliary is a plural noun: letters ending in one "s", no auxiliary's form. */
    static boolean pluralNoun(String word, String tag) {
        String lower = word.toLowerCase(Locale.ROOT);
        return tag.equals("AUX") && lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")
                && lower.chars().allMatch(Character::isLetter) && !AUXILIARIES.contains(lower);
    }
}
