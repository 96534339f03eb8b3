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
 */
final class StartedHappening {

    private static final Set<String> STARTING = Set.of("begin", "start", "resume");
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
        if (verb <= 0 || !STARTING.contains(tokens.get(verb).lemma())) {
            return null;
        }
        int k = verb - 1;
        while (k >= 0 && (tokens.get(k).pos().equals("AUX") || tokens.get(k).is("have") || tokens.get(k).is("had"))) {
            k--;
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
            if (!PHRASE_TAGS.contains(t.pos())) {
                return null;
            }
        }
        return null;
    }

    /** Whether the noun at {@code k} heads its phrase: the verb, a relative word or a preposition follows it. */
    private static boolean heads(List<Token> tokens, int k, int verb) {
        Token next = tokens.get(k + 1);
        return k + 1 == verb || next.pos().equals("AUX") || next.is("that") || next.is("which") || next.is(",")
                || next.pos().equals("ADP");
    }
}
