package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A word in its base form after "to" that follows a word of intention or schedule ("plans to
 * reopen", "intends to sign") is an infinitive, though the tagger may call it a
 * noun after "to" taken for a preposition: "The museum still plans to reopen on November 2" lost the
 * reopening to a later verb. "Are due to appear before a judge on Monday" is {@link InfinitiveTag}'s
 * ("delayed due to weather" stays a preposition and its noun). "Expected to"
 * is left out: "had been expected to lead the team" tells a plan that did not happen.
 */
final class ControlledInfinitive {

    private static final Set<String> INTENTIONS = Set.of("plan", "intend", "hope", "want", "aim",
            "decide", "vow", "pledge", "promise", "seek", "try", "agree", "refuse", "threaten", "prepare", "schedule");

    private ControlledInfinitive() {
    }

    /**
     * Whether the word about to follow {@code before} (the tokens so far), tagged {@code tag}, with
     * {@code verbLemma} its lemma as a verb, is such an infinitive.
     */
    static boolean at(List<Token> before, String word, String tag, String verbLemma) {
        int n = before.size();
        String lower = word.toLowerCase(Locale.ROOT);
        if (!tag.equals("NOUN") || n < 2 || !before.get(n - 1).is("to") || !lower.equals(verbLemma)
                || !lower.chars().allMatch(Character::isLetter) || !lower.equals(word)) {
            return false;
        }
        Token governor = before.get(n - 2);
        return (governor.noun() || governor.verb()) && INTENTIONS.contains(governor.lemma());
    }
}
