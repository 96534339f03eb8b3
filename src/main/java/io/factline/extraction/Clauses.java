package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the clauses of a tagged sentence begin and end. A clause ends at a comma, a quotation
 * mark, a relative pronoun or a subordinating word ("that", "who", "though", "before"), and at an
 * "and" that joins a second verb ("arrived on Monday and met ..."); a "that" used as a determiner
 * ("that deal") is no boundary, nor is "before" after a verb of appearing ("testify before lawmakers").
 */
final class Clauses {

    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "\"", "that", "who", "which", "whom",
            "whose", "though", "although", "while", "whereas", "because", "but", "unless", "before", "after",
            "until", "when", "where", "--", "(", ")", ".");

    /**
     * Verbs after which "before" says in whose presence, not when: "testify before lawmakers on
     * Wednesday", "appear before the committee", "brought before a judge" (s9-scena).
     */
    private static final Set<String> IN_PRESENCE = Set.of("appear", "testify", "bring", "come", "stand", "go");

    private final List<Token> tokens;

    Clauses(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The first token of the clause holding {@code from}. */
    int start(int from) {
        int k = from;
        while (k > 0 && !boundary(k - 1)) {
            k--;
        }
        return k;
    }

    /** The first boundary at or after {@code from}, or the sentence length. */
    int end(int from) {
        int k = from;
        while (k < tokens.size() && !boundary(k)) {
            k++;
        }
        return k;
    }

    /**
     * Whether a verb or an event noun comes from {@code k} up to the next punctuation: "before the
     * mayor left" and "before the summit on Monday" still cut the clause (the time is the summit's);
     * "appear before a judge on Monday" does not, as "before" and an article there are a preposition
     * of place and open no clause ("before Rydell arrives" does, though the tagger may call "arrives" a noun).
     */
    private boolean clauseOrHappeningAhead(int k) {
        for (int j = k; j < tokens.size() && !tokens.get(j).punctuation(); j++) {
            Token t = tokens.get(j);
            if (eventNoun(t) || t.verb() || t.pos().equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A "that" the tagger called a pronoun right after a verb and before a noun that ends the clause
     * ("did not receive that memo,") is a determiner (s10-scenc): a clause it opened would need a verb.
     */
    private boolean demonstrative(int k) {
        if (k == 0 || k + 2 >= tokens.size() || !tokens.get(k - 1).verb()) {
            return false;
        }
        Token noun = tokens.get(k + 1);
        Token after = tokens.get(k + 2);
        return noun.noun() && !noun.capitalized() && (after.punctuation() || after.pos().equals("ADP"));
    }

    boolean boundary(int k) {
        Token t = tokens.get(k);
        String w = t.text().toLowerCase(Locale.ROOT);
        // s11-scenb: the full stop the tokenizer splits off "p.m." ends no clause ({@link ClockAbbreviation}).
        if (w.equals(".") && k > 0 && ClockAbbreviation.clockWord(tokens.get(k - 1).text())) {
            return false;
        }
        if (w.equals("and") && k + 1 < tokens.size()
                && (tokens.get(k + 1).verb() || tokens.get(k + 1).pos().equals("AUX"))) {
            return true;
        }
        if (w.equals("that") && !t.pos().equals("SCONJ") && !t.pos().equals("PRON")
                || w.equals("that") && demonstrative(k)) {
            return false;
        }
        // Testimony (s9-scenb): "appears before the committee on Tuesday" — a preposition, no clause;
        // so is "before" after a verb of appearing in someone's presence (s9-scena), and "before" + article
        // with no verb or happening ahead (s9-merge).
        if (Testimony.appearsBefore(tokens, k)
                || w.equals("before") && k > 0 && tokens.get(k - 1).verb() && IN_PRESENCE.contains(tokens.get(k - 1).lemma())
                || w.equals("before") && t.pos().equals("ADP") && k + 1 < tokens.size()
                && tokens.get(k + 1).pos().equals("DET") && !clauseOrHappeningAhead(k + 1)
                || timeOfDayAhead(k)) {
            return false;
        }
        return BOUNDARIES.contains(w);
    }

    /**
     * "Before" or "after" right before a bare noun with no verb or happening up to the next
     * punctuation ("lost shortly after midnight on Monday", "before dawn on Sunday") is a preposition
     * of time: the time after it dates the verb before it (s10-scend).
     */
    private boolean timeOfDayAhead(int k) {
        Token t = tokens.get(k);
        // s11-scenb: or a clock time ("derailed shortly before 11 p.m. on Tuesday").
        return (t.is("after") || t.is("before")) && (t.pos().equals("ADP") || t.pos().equals("SCONJ")) && k + 1 < tokens.size()
                && (tokens.get(k + 1).noun() || tokens.get(k + 1).pos().equals("NUM")) && !clauseOrHappeningAhead(k + 1);
    }

    /** A noun that names a happening ("talks", "summit", "visit"). */
    static boolean eventNoun(Token t) {
        return t.noun() && EventKinds.EVENT_NOUNS.contains(t.lemma());
    }
}
