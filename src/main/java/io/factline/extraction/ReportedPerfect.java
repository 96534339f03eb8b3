package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A dated report of an act just done tells the act: "the company said on Wednesday that its chief executive
 * has stepped down", "the ministry announced on Monday that it has expelled two diplomats". The present
 * perfect says the act is done by the day it is reported, so the act, not the saying, is the event, dated
 * by the report, attributed to whoever reported it; another outlet's "X resigned on Wednesday" then meets
 * it as one resignation. Only an act of a specific kind that tells one happening of its day
 * ({@link EventKinds#known}, {@link EventKinds#telling}) and only when affirmed: "has not received any
 * documents" stays a statement denying a transfer, and a past perfect ("said that hackers had broken in")
 * dates nothing but the saying (session 12, lead).
 */
final class ReportedPerfect {

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

    private ReportedPerfect() {
    }

    /**
     * The index of the perfect act that the reporting verb at {@code anchor} reports, when its content
     * verb {@code content} is one; otherwise -1.
     */
    static int act(List<Token> tokens, int anchor, int content) {
        if (content <= anchor || !Attribution.reporting(tokens.get(anchor))) {
            return -1;
        }
        Token verb = tokens.get(content);
        if (!verb.verb() || !verb.inflected()) {
            return -1;
        }
        String next = content + 1 < tokens.size() ? tokens.get(content + 1).lemma() : "";
        String kind = EventKinds.of(EventKinds.phrasal(verb.lemma(), next));
        if (!EventKinds.known(kind) || !EventKinds.telling(kind)) {
            return -1;
        }
        for (int k = content - 1; k > anchor; k--) {
            Token t = tokens.get(k);
            if (NEGATIONS.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
                return -1;
            }
            if (t.is("has") || t.is("have") || t.is("'s") && t.pos().equals("AUX")) {
                return content;
            }
            if (!t.pos().equals("ADV")) {
                return -1;
            }
        }
        return -1;
    }
}
