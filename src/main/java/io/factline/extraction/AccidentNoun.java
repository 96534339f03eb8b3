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
            if (k == 0 && t.proper() && NOUNS.containsKey(t.text().toLowerCase(java.util.Locale.ROOT))) {
                // s12-incident: "Fire tore through …": an accident noun opening the sentence, tagged a name.
                return NOUNS.get(t.text().toLowerCase(java.util.Locale.ROOT));
            }
            if (namedAccident(tokens, k, subject[0])) {
                return NOUNS.get(t.text().toLowerCase(java.util.Locale.ROOT));
            }
            if (t.pos().equals("ADP")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The accident noun (lower case) that opens the sentence as its subject tagged a name ("Fire tore
     * through …": "fire"), which the subject-noun rule skips as a name; null otherwise.
     */
    static String opening(List<Token> tokens, int[] subject) {
        if (subject[0] != 0 || tokens.isEmpty() || !tokens.get(0).proper()) {
            return null;
        }
        String word = tokens.get(0).text().toLowerCase(java.util.Locale.ROOT);
        return NOUNS.containsKey(word) ? word : null;
    }

    /** Whether a name is only an accident noun opening its sentence ("Fire tore through …"): no participant. */
    static boolean openingNoun(String name) {
        return NOUNS.containsKey(name.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The accident a name after the verb at {@code verb} ends in ("ignited the Coldwater Fire": "fire"),
     * as the object of that verb; null when the object is no such name. s9-scenb.
     */
    static String namedObject(List<Token> tokens, int verb) {
        int k = verb + 1;
        if (k < tokens.size() && tokens.get(k).pos().equals("DET")) {
            k++;
        }
        int first = k;
        while (k < tokens.size() && tokens.get(k).proper()) {
            k++;
        }
        return k - first >= 2 && namedAccident(tokens, k - 1, first) ? NOUNS.get(tokens.get(k - 1).text().toLowerCase(java.util.Locale.ROOT)) : null;
    }

    /**
     * An accident noun ending a name ("the Coldwater Fire broke out on Sunday"): fires are named
     * like places, and the name is the accident. s9-scenb.
     */
    private static boolean namedAccident(List<Token> tokens, int k, int from) {
        Token t = tokens.get(k);
        return t.proper() && k > from && tokens.get(k - 1).proper()
                && NOUNS.containsKey(t.text().toLowerCase(java.util.Locale.ROOT))
                && (k + 1 >= tokens.size() || !tokens.get(k + 1).proper());
    }
}
