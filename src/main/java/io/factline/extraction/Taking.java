package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * Taking what is not one's own is told as stealing ("stole card numbers"), making off with it
 * ("the hackers also made off with payment card details"), or taking, copying or siphoning data or
 * money ("no payment data had been taken from its systems", "copied the records"). These are one
 * act, {@value #ACTION}, so a denial that nothing was taken is linked to the report that it was
 * stolen (CONTRADICTION). Taking or copying counts only with data or money as what is taken (its
 * object, or the subject of the passive); "took part", "took over" keep their verb. The object of a
 * passive is its subject, whatever place phrase follows ("taken from its systems" took data, not
 * systems). Money is the exception: moved, transferred, siphoned, taken or stolen ("moved 38 million
 * euros of client money out of the firm", "siphoned off the savers' money", "had not moved any client
 * funds") it is one act, {@value #DIVERT}, since outlets and the accused tell one allegation with all of
 * these verbs (s9-scena).
 */
final class Taking {

    static final String ACTION = "steal";
    /** Money moved out of where it belongs, however it is told ({@link #of}). */
    static final String DIVERT = "divert";

    private static final Set<String> STEALING = Set.of("steal", "loot", "pilfer", "embezzle", "siphon");
    private static final Set<String> TAKING = Set.of("take", "copy", "grab", "download", "exfiltrate",
            "remove");

    /** Verbs that move money: with money as object they are its diversion. */
    private static final Set<String> MOVING = Set.of("move", "transfer", "divert", "funnel", "channel", "shift");

    private Taking() {
    }

    /**
     * The action and object of the verb at {@code verb} (object {@code theme}) when it tells a
     * theft, as {action, theme}; otherwise null.
     */
    static String[] of(List<Token> tokens, int verb, String theme) {
        Token v = tokens.get(verb);
        if (!v.verb()) {
            return null;
        }
        boolean passive = PassiveVoice.passive(tokens, verb);
        String taken = passive ? passiveSubject(tokens, verb) : theme;
        taken = taken == null ? theme : taken;
        boolean madeOff = v.lemma().equals("make") && verb + 1 < tokens.size() && tokens.get(verb + 1).is("off");
        boolean money = taken != null && EventKinds.sameTheme(taken, "money");
        if (money && (STEALING.contains(v.lemma()) || MOVING.contains(v.lemma()) || TAKING.contains(v.lemma()))) {
            return new String[] {DIVERT, taken};
        }
        if (STEALING.contains(v.lemma()) || madeOff) {
            return new String[] {ACTION, taken};
        }
        if (TAKING.contains(v.lemma()) && taken != null && (EventKinds.sameTheme(taken, "data")
                || EventKinds.sameTheme(taken, "money"))) {
            return new String[] {ACTION, taken};
        }
        if (LIFTING.contains(v.lemma()) && fromHolder(tokens, verb)
                && !person(tokens, verb, passive, passive ? passiveSubject(tokens, verb) : theme)) {
            return new String[] {ACTION, taken};
        }
        return null;
    }

    /**
     * s15-words: a thing taken or removed from a place that keeps things ("the painting was taken from the
     * museum", "removed two bronzes from the gallery", "taken from the bank's vault") is stolen, however an
     * outlet words it; a person taken from somewhere ("taken from his home") is not, nor is anything taken
     * from a person, a meeting or an office ("removed from office").
     */
    private static final Set<String> LIFTING = Set.of("take", "remove", "grab", "snatch", "lift");
    /** Places that keep things of value: what is taken from them without leave is stolen. */
    private static final Set<String> HOLDERS = Set.of("museum", "gallery", "bank", "vault", "shop", "store",
            "warehouse", "church", "cathedral", "safe", "collection", "jeweller", "jeweler", "library", "archive",
            "depot", "showroom", "exhibition");
    private static final Set<String> PEOPLE = Set.of("man", "woman", "child", "boy", "girl", "person", "people",
            "patient", "suspect", "prisoner", "hostage", "baby", "victim", "worker", "passenger", "resident");

    /** Whether "from" follows the verb in its clause, and its noun phrase names a place that keeps things. */
    private static boolean fromHolder(List<Token> tokens, int verb) {
        int end = new Clauses(tokens).end(verb + 1);
        for (int k = verb + 1; k < end && k < tokens.size(); k++) {
            if (!tokens.get(k).is("from")) {
                continue;
            }
            boolean holder = false;
            for (int j = k + 1; j < end && j < tokens.size(); j++) {
                Token t = tokens.get(j);
                if (t.noun() || t.proper()) {
                    String word = t.text().toLowerCase(java.util.Locale.ROOT).replace("'s", "");
                    holder |= HOLDERS.contains(word) || word.endsWith("s") && HOLDERS.contains(word.substring(0, word.length() - 1));
                } else if (t.is("of")) {
                    return false; // a part of something else: "from the bank of the river"
                } else if (!t.pos().equals("DET") && !t.pos().equals("ADJ") && !t.pos().equals("PART")) {
                    break;
                }
            }
            return holder; // the place or its part: "from the museum", "from the gallery's store room"
        }
        return false;
    }

    /** Whether what was taken is a person: a person named as the object or the passive's subject, or a noun for people. */
    private static boolean person(List<Token> tokens, int verb, boolean passive, String taken) {
        if (taken != null && PEOPLE.contains(taken)) {
            return true;
        }
        if (passive) {
            int k = verb - 1;
            while (k >= 0 && (tokens.get(k).pos().equals("AUX") || tokens.get(k).pos().equals("ADV"))) {
                k--;
            }
            return k >= 0 && tokens.get(k).pos().equals("PRON") && !tokens.get(k).is("it");
        }
        return verb + 1 < tokens.size() && tokens.get(verb + 1).pos().equals("PRON") && !tokens.get(verb + 1).is("it");
    }

    /** The head noun of a passive verb's subject ("no payment data had been taken" → data), or null. */
    private static String passiveSubject(List<Token> tokens, int verb) {
        int k = verb - 1;
        while (k >= 0 && (tokens.get(k).pos().equals("AUX") || tokens.get(k).pos().equals("ADV")
                || tokens.get(k).is("not"))) {
            k--;
        }
        return k >= 0 && tokens.get(k).noun() ? tokens.get(k).lemma() : null;
    }
}
