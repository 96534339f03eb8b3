package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * Rejecting a report of something is denying that thing: "Redfern Power on Thursday rejected the
 * fire marshal's finding that one of its lines ignited the fire", "disputed claims that it had paid
 * the hackers". The sentence is a statement that {@code DENIES} what the clause after the report noun
 * tells (its verb is the statement's content), so it is linked to the report it rejects. Rejecting a
 * plan, an offer or a bill ("rejected the offer that was on the table") is no denial.
 */
final class RejectedReport {

    private static final Set<String> REJECTING = Set.of("reject", "dispute", "deny", "refute", "contest", "dismiss");
    /** Nouns of something reported as true. */
    private static final Set<String> REPORTS = Set.of("finding", "report", "claim", "allegation", "suggestion",
            "account", "conclusion", "assertion", "accusation", "charge", "assessment", "contention");
    /** How far after the verb the report noun's "that" is looked for. */
    private static final int REACH = 8;

    private RejectedReport() {
    }

    /** The verb of the clause a rejected report tells, when the verb at {@code verb} rejects one; else -1. */
    static int contentVerb(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        // FalseReport (s15-deny): "called the report that X false" rejects it too.
        if (!v.verb() || !REJECTING.contains(v.lemma()) && !FalseReport.LABELLING.contains(v.lemma())) {
            return -1;
        }
        boolean report = false;
        for (int k = verb + 1; k < tokens.size() && k <= verb + REACH; k++) {
            Token t = tokens.get(k);
            if (t.is("that") && report) {
                for (int j = k + 1; j < tokens.size(); j++) {
                    Token c = tokens.get(j);
                    if (c.verb() && !c.capitalized() && !DateAnchor.attributive(tokens, j)) {
                        return REJECTING.contains(v.lemma()) || FalseReport.denies(tokens, j) ? j : -1;
                    }
                    if (c.punctuation() && !c.is("'s")) {
                        return -1;
                    }
                }
                return -1;
            }
            // The tagger slips here ("marshal's" punctuation, "finding" a verb): words are read by their form.
            if (reportWord(t)) {
                report = true;
            } else if (t.text().endsWith("'s") || t.text().equals("'s")) {
                continue;
            } else if (t.punctuation() || t.verb() || t.pos().equals("AUX")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The rejecting verb of a sentence with no date and no reporting verb whose subject is a name ("Brannock
     * Ports dismissed claims that the gate had been opened."): such a rejection is said on the publication day,
     * as an undated attributed denial is (session 15, s15-deny). -1 when there is none, or no name stands in
     * the few words before the verb.
     */
    static int namedRejection(List<Token> tokens, List<Mention> mentions) {
        for (int k = 1; k < tokens.size(); k++) {
            if (contentVerb(tokens, k) < 0) {
                continue;
            }
            int verb = k;
            int from = ReportingAdverb.start(tokens, verb);
            boolean named = mentions.stream().anyMatch(m -> m.last() < from && from - m.last() <= 4
                    && tokens.subList(m.last() + 1, from).stream().allMatch(t -> t.noun() || t.text().endsWith("'s")));
            return named ? verb : -1;
        }
        return -1;
    }

    /**
     * The verb of the clause a reported denial tells, when the verb at {@code verb} is a denying verb
     * with a "that" clause ("said Redfern denied that its equipment had caused the fire": "caused"),
     * so the statement's content is what is denied, not the denying; else {@code verb}.
     */
    static int deniedClause(List<Token> tokens, int verb) {
        if (verb < 0 || !tokens.get(verb).is("denied") && !tokens.get(verb).lemma().equals("deny")
                || !EventStance.thatClauseAfter(tokens, verb)) {
            return verb;
        }
        for (int j = verb + 1; j < tokens.size(); j++) {
            Token c = tokens.get(j);
            if (c.verb() && !c.capitalized() && !DateAnchor.LIGHT_VERBS.contains(c.lemma())) {
                return j;
            }
            if (c.punctuation()) {
                return verb;
            }
        }
        return verb;
    }

    static boolean reportWord(Token t) {
        String w = t.text().toLowerCase(java.util.Locale.ROOT);
        String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return !t.capitalized() && (REPORTS.contains(w) || REPORTS.contains(singular));
    }
}
