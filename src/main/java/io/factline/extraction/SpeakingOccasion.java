package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * An occasion that exists for speaking — a news or press conference, a briefing, an interview — opening a sentence
 * with its date ("At a news conference later on Wednesday, the fire chief said …", "In an interview on Monday, X
 * said …") is where something was said: the date dates the saying after the comma, not a meeting of its own. Before,
 * such a sentence made a meeting titled "conference later" and what the speaker said made nothing. Other occasions
 * named before the date keep it ("Ahead of his visit to Beijing next month, X said" dates the visit).
 */
final class SpeakingOccasion {

    private static final Set<String> OCCASIONS = Set.of("briefing", "interview", "conference");
    /** Words before "conference" that make it one for the press; a conference of its own is a happening. */
    private static final Set<String> PRESS = Set.of("news", "press");

    private SpeakingOccasion() {
    }

    /** The first reporting verb from {@code from} on ("said", "told"), which the occasion's date dates; or -1. */
    static int saying(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).verb() && Attribution.reporting(tokens.get(k))) {
                return k;
            }
            if (tokens.get(k).is("\"") || tokens.get(k).is(";")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the noun at {@code noun} names such an occasion. */
    static boolean at(List<Token> tokens, int noun) {
        Token t = tokens.get(noun);
        if (!OCCASIONS.contains(t.lemma())) {
            return false;
        }
        return !t.lemma().equals("conference") || noun > 0 && PRESS.contains(tokens.get(noun - 1).lemma());
    }
}
