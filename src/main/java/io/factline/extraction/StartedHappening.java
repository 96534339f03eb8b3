package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A happening named by a noun and said to begin ("the strike began on Thursday", "talks started on
 * Friday under a mediator", "the strike at the port, which began on Wednesday") is that happening on
 * that day, not a "beginning" of its own: one outlet writes "dockworkers walked out on Thursday",
 * another "the strike that began on Thursday", a third "negotiators met for talks on Friday" and a
 * fourth "the talks that began on Friday". The action is the noun's own ("strike", "talk", "meet",
 * "recall"), so the kinds meet. Only when the noun heads the subject of "begin", "start" or "resume":
 * "the union began a strike" names no happening before its verb.
 *
 * <p>Session 17 (s17-verbs): any verb of onset — "begin", "start", "resume", "erupt", "break out",
 * "flare up" — with any noun of a happening as its subject. Outlets write "the fire started on Sunday",
 * "a wildfire that broke out on Monday", "fighting erupted", "the evacuation began": the verb says only
 * that the noun's happening began, so the act is the noun's (its onset is the day the happening is
 * dated by): a fire noun ({@link Incident#burning}) is the fire, any other noun of a happening
 * ({@link PossessiveTime#happening}: "evacuation", "war", "eruption", "shutdown") is that noun's act. Verbs of
 * ending ("the strike ended on Tuesday") are not read so: they date the happening's end, and joining
 * them to the happening would raise a DATE conflict no outlet has.
 */
final class StartedHappening {

    private static final Set<String> STARTING = Set.of("begin", "start", "resume", "erupt");
    /** Verbs of onset told with a particle: "broke out", "flared up". */
    private static final Map<String, String> STARTING_WITH = Map.of("break", "out", "flare", "up");
    /** Nouns of a happening that goes on for a while, and the act that tells it. */
    private static final Map<String, String> ACTS = Map.ofEntries(Map.entry("strike", "strike"),
            Map.entry("walkout", "walkout"), Map.entry("stoppage", "stoppage"), Map.entry("talk", "talk"),
            Map.entry("talks", "talk"), Map.entry("negotiation", "negotiate"), Map.entry("negotiations", "negotiate"),
            Map.entry("meeting", "meet"), Map.entry("summit", "summit"), Map.entry("hearing", "hear"),
            Map.entry("recall", "recall"));
    /** Words a subject may hold between its happening noun and the verb: a phrase such as "at the port of Varnholm". */
    private static final Set<String> PHRASE_TAGS = Set.of("ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "PART");
    private static final int REACH = 10;

    private StartedHappening() {
    }

    /** The act of the happening noun heading the subject of the starting verb at {@code verb}, or null. */
    static String action(List<Token> tokens, int verb) {
        return subjectAct(tokens, verb, false);
    }

    /**
     * Session 17 (s17-verbs): the act of any noun of a happening ({@link #happening}) heading the subject of
     * the verb of onset at {@code verb} ("the eruption began", "a wildfire that broke out"), or null. The
     * caller asks only while no rule before has named the act, so an inquiry that "began" stays the
     * opened inquiry ({@link InquiryOpened}).
     */
    static String anyHappening(List<Token> tokens, int verb) {
        return subjectAct(tokens, verb, true);
    }

    /** Whether the action is still a verb of onset's own ("start", "break"): no rule has named the act. */
    static boolean onsetVerb(String action) {
        return STARTING.contains(action) || STARTING_WITH.containsKey(action);
    }

    private static String subjectAct(List<Token> tokens, int verb, boolean anyNoun) {
        if (verb <= 0 || !onset(tokens, verb)) {
            return null;
        }
        int k = verb - 1;
        while (k >= 0 && (tokens.get(k).pos().equals("AUX") || tokens.get(k).is("have") || tokens.get(k).is("had"))) {
            k--;
        }
        if (anyNoun && k >= 0 && tokens.get(k).is("it")) {
            return earlierHappening(tokens, k);
        }
        if (k >= 0 && (tokens.get(k).is("that") || tokens.get(k).is("which"))) {
            k--;
            if (k >= 0 && tokens.get(k).is(",")) {
                k--;
            }
        }
        for (int stop = Math.max(0, verb - REACH); k >= stop; k--) {
            Token t = tokens.get(k);
            String word = t.text().toLowerCase(Locale.ROOT);
            if (t.noun() && (ACTS.containsKey(t.lemma()) || ACTS.containsKey(word)) && heads(tokens, k, verb)) {
                return ACTS.getOrDefault(t.lemma(), ACTS.get(word));
            }
            String act = anyNoun && t.noun() && heads(tokens, k, verb) ? happening(t) : null;
            if (act != null) {
                return act;
            }
            if (!PHRASE_TAGS.contains(t.pos())) {
                return null;
            }
        }
        return null;
    }

    /**
     * The act of the nearest happening noun before the pronoun at {@code it} in the same sentence: "contained the
     * wildfire on Friday, five days after it broke out on Monday" tells the fire's outbreak. Null when none.
     */
    private static String earlierHappening(List<Token> tokens, int it) {
        for (int k = it - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            String act = t.noun() ? happening(t) : null;
            if (act != null) {
                return act;
            }
        }
        return null;
    }

    /** Whether the verb at {@code verb} says that something began: "started", "erupted", "broke out". */
    static boolean onset(List<Token> tokens, int verb) {
        String lemma = tokens.get(verb).lemma();
        if (STARTING.contains(lemma)) {
            return true;
        }
        String particle = STARTING_WITH.get(lemma);
        return particle != null && verb + 1 < tokens.size() && tokens.get(verb + 1).is(particle);
    }

    /**
     * The act of a noun that names a happening (a fire, an evacuation, a war, an eruption:
     * {@link PossessiveTime#happening}), or null: a fire's nouns are the fire, others their own lemma.
     */
    private static String happening(Token noun) {
        if (Incident.burning(noun.lemma())) {
            return Incident.FIRE;
        }
        return PossessiveTime.happening(noun) ? noun.lemma() : null;
    }

    /** Whether the noun at {@code k} heads its phrase: the verb, a relative word or a preposition follows it. */
    private static boolean heads(List<Token> tokens, int k, int verb) {
        Token next = tokens.get(k + 1);
        return k + 1 == verb || next.pos().equals("AUX") || next.is("that") || next.is("which") || next.is(",")
                || next.pos().equals("ADP");
    }
}
