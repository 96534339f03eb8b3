package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A reaction told with the act it was made by: "Norland retaliated on Wednesday by expelling two
 * diplomats", "responded by expelling", "marked the day by laying a wreath". The act after "by" is
 * what happened — the expulsion another outlet reports as "expelled two diplomats on Wednesday" —
 * and the reacting verb only says why, so the event is the act.
 */
final class MeansAct {

    /** Verbs that say what an act meant rather than what was done. */
    private static final Set<String> REACTING = Set.of("respond", "retaliate", "react", "reply", "answer", "hit",
            "strike", "protest", "mark", "celebrate", "commemorate", "honour", "honor", "punish", "signal");
    /** How far after the verb "by" may stand ("retaliated on Wednesday by", "hit back on Monday by"). */
    private static final int REACH = 6;

    private MeansAct() {
    }

    /** Words in "-ing" after "by" that are no act: "by morning", "by nothing". */
    private static final Set<String> NOT_ACTS = Set.of("morning", "evening", "nothing", "something", "anything",
            "everything", "spring", "building", "ceiling");

    /**
     * The word after "by" is a gerund when it ends in "-ing"; the tagger often reads one with an
     * object after it as an adjective ("by laying flowers").
     */
    private static boolean gerund(Token t) {
        String word = t.text().toLowerCase(java.util.Locale.ROOT);
        return (t.verb() || t.pos().equals("ADJ")) && word.endsWith("ing") && word.length() > 5 && !NOT_ACTS.contains(word);
    }

    /** The index of the gerund the reacting verb at {@code verb} was done by, or -1. */
    static int of(List<Token> tokens, int verb) {
        if (!tokens.get(verb).verb() || !REACTING.contains(tokens.get(verb).lemma())) {
            return -1;
        }
        for (int k = verb + 1; k + 1 < tokens.size() && k <= verb + REACH; k++) {
            Token t = tokens.get(k);
            if (t.is("by")) {
                Token next = tokens.get(k + 1);
                return gerund(next) ? k + 1 : -1;
            }
            if (t.verb() || t.is(",") || t.is(";")) {
                return -1;
            }
        }
        return -1;
    }
}
