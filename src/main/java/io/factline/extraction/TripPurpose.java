package io.factline.extraction;

import java.util.List;

/**
 * A trip made to meet someone ("will fly to Sarvan on Friday to meet President Dragan", "travels
 * to Geneva to hold talks") is a trip for talks, as "travel to Moscow for talks with Putin" is:
 * another outlet tells it as the meeting itself ("Dragan will meet the envoys on Saturday").
 */
final class TripPurpose {

    static final String TALKS = "talk";

    private TripPurpose() {
    }

    /** Whether an infinitive of meeting ("to meet", "to hold talks", "to negotiate") follows the trip's verb in {@code (verb, end)}. */
    static boolean forTalks(List<Token> tokens, int verb, int end) {
        for (int k = verb + 1; k + 1 < Math.min(end, tokens.size()); k++) {
            Token next = tokens.get(k + 1);
            if (tokens.get(k).is("to") && next.verb() && EventKinds.MEETING.equals(EventKinds.of(next.lemma()))) {
                return true;
            }
        }
        return false;
    }
}
