package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * What a side agreed, pledged or promised to do is the object of the commitment, whatever phrase stands
 * between the committing verb and its "to" ("had agreed at the summit to cap its grain exports": not the
 * summit). When the act agreed to is itself the name of a term a deal sets (a cap, a limit, a freeze, a
 * ban, a pause, a halt), that term is the object: a denial names it as a noun — "denied that a quota had
 * ever been agreed", "no limit was agreed" — so the report and its denial meet (session 15, s15-deny). Other
 * acts keep their own object ("agreed to lift sanctions" → sanctions).
 */
final class AgreedTerm {

    static final Set<String> COMMITTING = Set.of("agree", "pledge", "promise", "commit");
    /** Verbs whose act is also the noun of a term agreed ("to cap exports" / "a cap on exports"). */
    private static final Set<String> TERMS = Set.of("cap", "limit", "freeze", "ban", "pause", "halt", "stop",
            "suspend", "curb", "restrict");
    /** Words a phrase between the committing verb and its "to" may hold: "at the summit in Varna", "last week". */
    private static final Set<String> PHRASE_TAGS = Set.of("ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "ADV", "PRON");
    private static final int REACH = 7;

    private AgreedTerm() {
    }

    /**
     * The index of the verb agreed to after the committing verb at {@code verb} ("agreed at the summit to
     * cap" → cap), or -1 when the verb commits to nothing or no "to" and verb follow within a short phrase.
     */
    static int agreedVerb(List<Token> tokens, int verb) {
        if (!COMMITTING.contains(tokens.get(verb).lemma()) || tokens.get(verb).noun()) {
            return -1;
        }
        for (int k = verb + 1; k + 1 < tokens.size() && k <= verb + REACH; k++) {
            Token t = tokens.get(k);
            if (t.is("to") && (tokens.get(k + 1).verb() || TERMS.contains(tokens.get(k + 1).text()))) {
                return k + 1;
            }
            if (!PHRASE_TAGS.contains(t.pos()) || t.is("that")) {
                return -1;
            }
        }
        return -1;
    }

    /** The term the verb at {@code agreed} names, when it is one ("cap"), else null. */
    static String term(List<Token> tokens, int agreed) {
        String word = tokens.get(agreed).text().toLowerCase(java.util.Locale.ROOT);
        String lemma = tokens.get(agreed).lemma();
        return TERMS.contains(lemma) ? lemma : TERMS.contains(word) ? word : null;
    }
}
