package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Someone answering to a body of lawmakers or an inquiry is one happening, the testimony, however
 * outlets word it: "will testify before the finance committee on Tuesday", "is due to appear before
 * the committee on Monday", "when she appears before parliament's budget committee", "will explain
 * the decision to the committee", "gave evidence to the inquiry", "will brief senators". Such a verb
 * has action {@link #TESTIFY}, object {@link #TESTIMONY} and kind {@code hearing}, so the reports
 * meet (and one told with another day is a DATE conflict). "Explain" is no statement here: what is
 * told is the appearance, not what was said. A court is no such body ("appeared before the judge"
 * is a case's hearing, told by other rules).
 *
 * <p>Giving or presenting evidence with no such body named ("gave evidence on Tuesday") is the same act
 * ({@link #givenEvidence}, s9-scena). "Appear before a judge" is a defendant's, not a testimony; "appeared
 * in a video" keeps its verb. Appearing "at a hearing on June 23" is the hearing (the occasion the date
 * names, {@code DateAnchor.occasionBetween}).
 */
final class Testimony {

    static final String TESTIFY = "testify";
    static final String TESTIMONY = "testimony";

    /** Bodies a person answers to: lawmakers, their chambers and committees, inquiries. */
    private static final Set<String> BODIES = Set.of("committee", "subcommittee", "parliament", "lawmaker",
            "lawmakers", "legislator", "legislators", "legislature", "mps", "senator", "senators", "senate",
            "congress", "assembly", "inquiry", "commission", "deputies", "councillors", "councilors");
    /** Verbs of answering to a body, and the word that must lead to it ("" for a direct object). */
    private static final Set<String> BEFORE = Set.of("appear", "testify", "speak", "answer", "give");
    private static final Set<String> TO = Set.of("explain", "testify", "speak", "give", "answer", "report");
    private static final Set<String> DIRECT = Set.of("brief");
    private static final Set<String> FROM = Set.of("face", "take", "field");
    /** How far after the verb the body is looked for. */
    private static final int REACH = 9;

    private Testimony() {
    }

    /** Whether the verb at {@code verb} tells someone answering to a body of lawmakers or an inquiry. */
    static boolean told(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        if (!v.verb() && !v.pos().equals("AUX")) {
            return false;
        }
        String lemma = v.lemma();
        if (lemma.equals(TESTIFY)) {
            return true;
        }
        if (!BEFORE.contains(lemma) && !TO.contains(lemma) && !DIRECT.contains(lemma) && !FROM.contains(lemma)) {
            return false;
        }
        String lead = "";
        for (int k = verb + 1; k < tokens.size() && k <= verb + REACH; k++) {
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.pos().equals("ADP") || t.is("to") || t.is("before")) {
                lead = w;
                continue;
            }
            boolean modifier = t.verb() && t.text().endsWith("ing") && k + 1 < tokens.size() && tokens.get(k + 1).noun()
                    && !lead.isEmpty();
            if (!modifier && (t.punctuation() || t.verb() || t.pos().equals("AUX") || t.pos().equals("SCONJ"))) {
                return false;
            }
            if (BODIES.contains(w) || BODIES.contains(t.lemma()) && t.noun()) {
                if (k + 1 < tokens.size() && tokens.get(k + 1).text().startsWith("'")) {
                    continue;
                }
                return lead.equals("before") && BEFORE.contains(lemma) || lead.equals("to") && TO.contains(lemma)
                        || lead.isEmpty() && DIRECT.contains(lemma) || lead.equals("from") && FROM.contains(lemma);
            }
        }
        return false;
    }

    /**
     * Whether the "before" at {@code k} leads to the body someone appears before ("appears before
     * parliament's budget committee on Tuesday"): a preposition there, not the start of a clause,
     * so a time after the body still dates the verb.
     */
    static boolean appearsBefore(List<Token> tokens, int k) {
        if (k < 1 || !tokens.get(k).is("before")) {
            return false;
        }
        Token v = tokens.get(k - 1);
        return BEFORE.contains(v.lemma()) && (v.verb() || v.pos().equals("AUX")) && told(tokens, k - 1);
    }

    /**
     * Whether the verb at {@code verb} is giving or presenting evidence ("gave evidence on Tuesday"), with
     * or without the body it was given to; testifying and appearing before a body are {@link #told}'s.
     */
    static boolean givenEvidence(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        Token next = verb + 1 < tokens.size() ? tokens.get(verb + 1) : null;
        return v.verb() && Set.of("give", "present").contains(v.lemma()) && next != null
                && next.text().toLowerCase(Locale.ROOT).equals("evidence");
    }
}
