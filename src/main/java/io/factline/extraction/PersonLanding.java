package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;

/**
 * A person who lands somewhere arrives there: "Korbel landed at Lusk's military airport on Thursday
 * evening" is his arrival, a trip ({@link EventKinds#TRAVEL}, action {@value #ARRIVE}), so it meets
 * another outlet's "police officers would escort Korbel back to Lusk on Thursday". An aircraft that
 * lands ("the turboprop landed at Tavel", "made an emergency landing") keeps the landing
 * ({@link LightVerbNoun}) (s9-scena).
 */
final class PersonLanding {

    static final String ARRIVE = "arrive";

    private PersonLanding() {
    }

    /** Whether the verb at {@code verb} is "land" with a person as its subject ({@code [from, to)}). */
    static boolean arrives(List<Token> tokens, List<Mention> mentions, int verb, int[] subject) {
        if (!tokens.get(verb).verb() || !tokens.get(verb).lemma().equals("land") || subject[0] >= subject[1]) {
            return false;
        }
        for (int k = subject[0]; k < subject[1]; k++) {
            Token t = tokens.get(k);
            if (Coreference.thirdPerson(t) && t.pos().equals("PRON")) {
                return true;
            }
        }
        // The name must be the subject itself, not a modifier of its noun ("a Nordline Air jet landed").
        return mentions.stream().anyMatch(m -> m.kind() == EntityKind.PERSON && m.first() >= subject[0]
                && m.last() == subject[1] - 1);
    }
}
