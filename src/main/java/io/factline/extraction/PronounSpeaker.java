package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A denial told with a pronoun for its speaker ("She denied that the gate had been opened.", "He also
 * rejected claims that …") is said by the person the pronoun stands for, whom the article named before
 * (session 15, s15-deny). An undated denial needs a speaker the sentence names ({@link UndatedStatement}: a
 * headline's "Minister says no draft has arrived" is no denial of anyone's); a subject pronoun that
 * {@link Coreference} resolves to a person names one too. An unresolved pronoun names no one.
 */
final class PronounSpeaker {

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they");

    private PronounSpeaker() {
    }

    /** Whether the attribution's speaker is a subject pronoun resolved to someone else's name. */
    static boolean resolved(List<Token> tokens, Attribution attribution) {
        if (attribution.source() == null || attribution.spans().isEmpty()) {
            return false;
        }
        int first = attribution.spans().get(0)[0];
        if (first < tokens.size() && tokens.get(first).is(",")) {
            first++;
        }
        if (first >= tokens.size()) {
            return false;
        }
        String word = tokens.get(first).text().toLowerCase(Locale.ROOT);
        return SUBJECT_PRONOUNS.contains(word) && !attribution.source().equalsIgnoreCase(word);
    }
}
