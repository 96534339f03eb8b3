package io.factline.extraction;

import java.util.List;
import java.util.Map;

/**
 * An accident named by a noun is the happening, whatever the sentence says it did: "an explosion at
 * a Korvell Chemicals plant in Brennick killed three workers and injured 17 late on Tuesday", "the
 * blast ripped the roof off the hall", "Tuesday's explosion", "the explosion at the plant on June 9
 * was the deadliest in a decade" are one explosion, told by outlets with different verbs (or none).
 * As the subject of a verb, or as the noun a time dates, the noun gives the action ("blast" and
 * "explosion" are one: {@code explosion}) and so the kind ({@link EventKinds#EXPLOSION}).
 */
final class AccidentNoun {

    /** Nouns of an accident and the action each is told by. */
    private static final Map<String, String> NOUNS = Map.of("explosion", "explosion", "blast", "explosion",
            "blaze", "fire", "fire", "fire", "collapse", "collapse", "leak", "leak", "spill", "leak");

    private AccidentNoun() {
    }

    /**
     * The accident's action when the anchor is an accident noun or the first noun of its subject
     * {@code [from, to)} is one ("An explosion at the plant killed ..."); otherwise null.
     */
    static String action(List<Token> tokens, int anchor, int[] subject) {
        Token head = tokens.get(anchor);
        if (head.noun()) {
            return NOUNS.get(head.lemma());
        }
        for (int k = Math.max(subject[0], 0); k < subject[1] && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.noun()) {
                return NOUNS.get(t.lemma());
            }
            if (t.pos().equals("ADP")) {
                return null;
            }
        }
        return null;
    }
}
