package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A measure a government puts in force — a tariff, a duty, a ban, sanctions — is one happening
 * however an outlet tells it: from the side that acts ("Ostrova raised its tariff on steel on
 * March 1", "imposed a ban") or from the measure itself ("the tariff took effect on March 1",
 * "the ban came into force", "entered into force"). Told either way, the event's kind is
 * {@link #MEASURE} and its object the measure's noun, so that the reports meet. Acts that end or
 * soften a measure ("lifted the ban", "cut the tariff") keep their own verbs.
 */
final class MeasureInForce {

    static final String MEASURE = "measure";

    private static final Set<String> MEASURES = Set.of("tariff", "duty", "levy", "tax", "ban", "embargo",
            "sanction", "sanctions", "quota", "curfew", "toll");
    /** The words of a verb's own tense before it ("will take effect"); by form, as the tagger may call a noun "AUX". */
    private static final Set<String> AUXILIARIES = Set.of("will", "would", "shall", "should", "may", "might", "can",
            "could", "must", "is", "was", "has", "have", "had", "finally", "formally", "officially", "also");
    /** Verbs that put a measure in force or make it harsher. */
    private static final Set<String> PUTTING = Set.of("impose", "introduce", "raise", "increase", "hike",
            "levy", "slap", "extend", "tighten", "double", "triple");

    private MeasureInForce() {
    }

    /**
     * The measure whose taking effect the verb at {@code anchor} tells ("took effect", "came into
     * force", "entered into force", "kicked in"): the nearest measure noun before the verb in its
     * clause ("a 30 percent tariff on timber took effect" — the tagger's subject may be the
     * noun after "on"); a plural is returned as written ("sanctions"); null when the verb tells no taking effect or no measure is named before it.
     */
    static String takingEffect(List<Token> tokens, int anchor) {
        return takingEffect(tokens, anchor, MEASURES);
    }

    /** As {@link #takingEffect(List, int)}, for the things named by {@code nouns} ({@link TruceInForce}). */
    static String takingEffect(List<Token> tokens, int anchor, Set<String> nouns) {
        if (!inForce(tokens, anchor)) {
            return null;
        }
        int verbStart = anchor;
        // s11-scenb: the verb's own auxiliaries ("the truce will take effect") are no clause boundary.
        while (verbStart > 0 && AUXILIARIES.contains(tokens.get(verbStart - 1).text().toLowerCase(java.util.Locale.ROOT))) {
            verbStart--;
        }
        for (int k = verbStart - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(java.util.Locale.ROOT);
            if (nouns.contains(w)) {
                // By its form: the tagger may call a noun before the verb a verb ("The export ban came").
                return w;
            }
            if (t.verb() || t.pos().equals("AUX") || t.is(",") || t.is(";")) {
                return null;
            }
        }
        return null;
    }

    /** Whether the action puts its object, a measure, in force ("raised its tariff"). */
    static boolean putInForce(String action, String theme) {
        return PUTTING.contains(action) && theme != null && MEASURES.contains(theme);
    }

    private static boolean inForce(List<Token> tokens, int anchor) {
        String verb = tokens.get(anchor).lemma();
        String next = word(tokens, anchor + 1);
        String after = word(tokens, anchor + 2);
        return verb.equals("take") && next.equals("effect")
                || (verb.equals("come") || verb.equals("enter")) && next.equals("into") && (after.equals("force") || after.equals("effect"))
                || verb.equals("kick") && next.equals("in");
    }

    private static String word(List<Token> tokens, int k) {
        return k < tokens.size() ? tokens.get(k).text().toLowerCase(java.util.Locale.ROOT) : "";
    }
}
