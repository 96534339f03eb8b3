package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A happening named by the object of a verb that only says someone goes through it: "will undergo
 * a medical", "will have his medical", "passed his medical", "sat the exam", "faces a hearing".
 * Outlets tell one happening with any of these verbs, so the act is the noun ("medical"), not the
 * verb ("undergo" and "pass" would be a kind of their own and a handing-over). "Have" carries no
 * event by itself ({@link DateAnchor#LIGHT_VERBS}) but does with such an object, so a time after
 * "will have his medical" dates the medical. Meetings are left to their own verbs ("held talks").
 */
final class UndergoneHappening {

    /** Verbs that say someone goes through the happening named by their object. */
    private static final Set<String> VERBS = Set.of("undergo", "have", "pass", "fail", "sit", "take", "complete",
            "face", "hold", "survive"); // s10-scenc: "survived a vote of no confidence" is the vote
    /** Nouns of a happening someone goes through, and the action each is told by. */
    private static final Map<String, String> NOUNS = Map.ofEntries(Map.entry("medical", "medical"),
            Map.entry("checkup", "medical"), Map.entry("check-up", "medical"), Map.entry("physical", "medical"),
            Map.entry("test", "test"), Map.entry("exam", "exam"), Map.entry("examination", "exam"),
            Map.entry("inspection", "inspection"), Map.entry("screening", "screening"), Map.entry("scan", "scan"),
            Map.entry("audit", "audit"), Map.entry("hearing", "hearing"), Map.entry("vote", "vote"),
            Map.entry("ballot", "vote"));
    /** Words between the verb and the noun: articles, possessives and a few describing words. */
    private static final int REACH = 4;

    private UndergoneHappening() {
    }

    /** The kind of the happening told by {@code action}: a vote or a hearing, else an examination. */
    static String kind(String action) {
        String kind = EventKinds.of(action);
        return EventKinds.known(kind) ? kind : EventKinds.EXAMINATION;
    }

    /**
     * The action of the happening named by the object of the verb at {@code verb} ("medical" for
     * "passed his medical"), or null when the verb is not one of going through or its object
     * names no such happening ("had his medical records", "took the train").
     */
    static String action(List<Token> tokens, int verb) {
        if (verb < 0) {
            return null;
        }
        Token v = tokens.get(verb);
        if (!v.verb() || !VERBS.contains(v.lemma())) {
            return null;
        }
        for (int k = verb + 1; k < tokens.size() && k <= verb + REACH; k++) {
            Token t = tokens.get(k);
            String noun = NOUNS.get(t.text().toLowerCase(Locale.ROOT));
            if (noun != null) {
                return k + 1 < tokens.size() && tokens.get(k + 1).noun() && !tokens.get(k + 1).capitalized() ? null : noun;
            }
            if (!modifier(t)) {
                return null;
            }
        }
        return null;
    }

    /** Articles, possessives, adjectives and nouns ("a", "his", "the club's", "routine", "safety"): what may stand before the noun. */
    private static boolean modifier(Token t) {
        String pos = t.pos();
        return pos.equals("DET") || pos.equals("PRON") || pos.equals("ADJ") || pos.equals("NUM") || t.is("'s")
                || pos.equals("PROPN") || pos.equals("NOUN");
    }
}
