package io.factline.extraction;

import java.util.List;
import java.util.Map;

/**
 * A happening named by a noun and said to take place ("a meeting with Dobrescu had taken place",
 * "the talks happened") is the act of that noun: one outlet writes "X met Y on Sunday", the denial
 * says "no meeting took place". The action is the verb of the noun ("meet"), so the two meet.
 */
final class HappeningNoun {

    /** Nouns of a happening and the verb that tells it. */
    private static final Map<String, String> VERBS = Map.of("meeting", "meet", "talk", "talk", "talks", "talk",
            "negotiation", "negotiate", "negotiations", "negotiate", "visit", "visit", "call", "call",
            "summit", "summit", "interview", "interview", "launch", "launch");
    /** Verbs whose passive only says that its subject, a happening, is tried: "the launch will be attempted again". */
    private static final java.util.Set<String> TRIED = java.util.Set.of("attempt", "try", "retry");
    /** How far back the subject's noun is looked for ("a meeting between the two presidents had taken place"). */
    private static final int REACH = 8;

    private HappeningNoun() {
    }

    /**
     * The action of the event noun that is the subject of {@code verb} when the verb only says it
     * took place ("take place", "happen", "occur") or, in the passive, that it is tried ("the launch
     * will be attempted again on Tuesday": the launch is what happens on Tuesday); otherwise null.
     */
    static String action(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        boolean takesPlace = v.lemma().equals("take") && verb + 1 < tokens.size() && tokens.get(verb + 1).is("place")
                || v.lemma().equals("happen") || v.lemma().equals("occur")
                || TRIED.contains(v.lemma()) && PassiveVoice.passive(tokens, verb);
        if (!takesPlace) {
            return null;
        }
        for (int k = verb - 1; k >= 0 && k >= verb - REACH; k--) {
            Token t = tokens.get(k);
            if (t.is(",") || t.is("that") || t.is(";")) {
                return null;
            }
            if (t.noun() && VERBS.containsKey(t.lemma()) && !nounAfter(tokens, k, verb)) {
                return VERBS.get(t.lemma());
            }
        }
        return null;
    }

    /** Whether the noun at {@code k} only modifies a noun after it before the verb ("a meeting room"). */
    private static boolean nounAfter(List<Token> tokens, int k, int verb) {
        return k + 1 < verb && tokens.get(k + 1).noun();
    }
}
