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
    private static final Map<String, String> VERBS = Map.ofEntries(Map.entry("meeting", "meet"),
            Map.entry("talk", "talk"), Map.entry("talks", "talk"), Map.entry("negotiation", "negotiate"),
            Map.entry("negotiations", "negotiate"), Map.entry("visit", "visit"), Map.entry("call", "call"),
            Map.entry("summit", "summit"), Map.entry("interview", "interview"), Map.entry("launch", "launch"),
            Map.entry("inspection", Inspection.ACTION),
            // Session 12 (lead): "an exchange of prisoners between the two countries took place on Thursday".
            Map.entry("exchange", EventKinds.EXCHANGE), Map.entry("swap", EventKinds.EXCHANGE),
            // s15-domains: an incident said to have happened ("the rockfall happened at 2 a.m. on Monday", "the explosion
            // occurred shortly after noon") is that incident, which other outlets tell with its own verb.
            Map.entry("collapse", "collapse"), Map.entry("rockfall", "collapse"),
            Map.entry("explosion", EventKinds.EXPLOSION),
            Map.entry("crash", "crash"), Map.entry("collision", "crash"));
    /** Verbs whose passive only says that its subject, a happening, is tried: "the launch will be attempted again". */
    private static final java.util.Set<String> TRIED = java.util.Set.of("attempt", "try", "retry");
    /**
     * How far back the subject's noun is looked for ("a meeting between the two presidents had taken place",
     * "an exchange of prisoners between Valmora and the United States took place").
     */
    private static final int REACH = 10;

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

    /**
     * What the happening that {@code verb} says took place was of: the noun after "of" that follows
     * the happening's noun ("any inspection of its Brennick plant had taken place" → "plant"), so a
     * denial meets a report of the same object; null when the noun has no "of" after it.
     */
    static String theme(List<Token> tokens, int verb) {
        if (action(tokens, verb) == null) {
            return null;
        }
        for (int k = verb - 1; k >= 0 && k >= verb - REACH; k--) {
            Token t = tokens.get(k);
            if (t.noun() && VERBS.containsKey(t.lemma())) {
                if (k + 1 >= verb || !tokens.get(k + 1).is("of")) {
                    return null;
                }
                for (int j = k + 2; j < verb; j++) {
                    if (tokens.get(j).noun() && (j + 1 >= verb || !tokens.get(j + 1).noun())) {
                        return tokens.get(j).lemma();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * The action of a happening that another one followed or preceded, dated after its noun: "the talks followed a
     * meeting between Putin and the envoys in Moscow on Wednesday evening" tells a meeting on Wednesday (session 13,
     * lead). The happening is the verb's object (its article and adjectives before it); the date must come after
     * it, since one before it ("talks on Friday followed a meeting") dates the subject. Null otherwise.
     *
     * @param date the first and last token of the date that dates the verb
     */
    static String followed(List<Token> tokens, int verb, int[] date) {
        Token v = tokens.get(verb);
        if (!v.verb() || !v.lemma().equals("follow") && !v.lemma().equals("precede")) {
            return null;
        }
        int k = verb + 1;
        while (k < tokens.size() && (tokens.get(k).pos().equals("DET") || tokens.get(k).pos().equals("ADJ"))) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).noun() || !VERBS.containsKey(tokens.get(k).lemma())
                || k + 1 < tokens.size() && tokens.get(k + 1).noun() || date[0] <= k) {
            return null;
        }
        return VERBS.get(tokens.get(k).lemma());
    }

    /** Whether the noun at {@code k} only modifies a noun after it before the verb ("a meeting room"). */
    private static boolean nounAfter(List<Token> tokens, int k, int verb) {
        return k + 1 < verb && tokens.get(k + 1).noun();
    }
}
