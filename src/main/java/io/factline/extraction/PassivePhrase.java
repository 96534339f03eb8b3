package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A passive verb has no object: the phrase after it tells why, where or when ("the sprinklers were switched off
 * for repairs", "no agreement was reached at the summit"), and its noun is no object. What the act was
 * done to is the subject, as in the denial "the sprinklers had not been switched off" or the report "reached an
 * agreement" (session 15, s15-deny). Before, "repairs" and "summit" were read as the objects, so the
 * report and its denial did not meet.
 */
final class PassivePhrase {

    /** Prepositions of circumstance: purpose, place, time, cause. "From", "to", "with", "of" may carry the act's own words. */
    private static final Set<String> CIRCUMSTANCE = Set.of("for", "at", "in", "on", "during", "after", "before",
            "amid", "since", "until", "under", "near", "outside", "inside", "because", "by");
    /** The particle of a phrasal verb ("switched off", "shut down"), which belongs to the verb. */
    private static final Set<String> PARTICLES = Set.of("off", "out", "down", "up", "away", "back", "over");

    private PassivePhrase() {
    }

    /**
     * Whether the verb at {@code verb} is passive and what follows it in its clause, past its particle,
     * adverbs and the date tokens {@code date[0]..date[1]}, opens with a preposition of circumstance.
     */
    static boolean circumstanceAfter(List<Token> tokens, int verb, int[] date) {
        if (!PassiveVoice.passive(tokens, verb)) {
            return false;
        }
        int k = verb + 1;
        if (k < tokens.size() && PARTICLES.contains(tokens.get(k).text())) {
            k++;
        }
        while (k < tokens.size() && (k >= date[0] && k <= date[1] || tokens.get(k).pos().equals("ADV"))) {
            k++;
        }
        return k < tokens.size() && CIRCUMSTANCE.contains(tokens.get(k).text());
    }
}
