package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A release or handover made "in exchange for" someone, or "in a prisoner swap", is the exchange: one
 * outlet writes "released the reporter on Thursday in exchange for a jailed businessman", another "the
 * reporter was handed over at the airport in exchange for the businessman", a third "the two were swapped"
 * (session 12, lead). Told as one kind, {@link EventKinds#EXCHANGE}, they meet, and a day's difference
 * between them is a DATE conflict rather than three events.
 */
final class ExchangedFor {

    private static final Set<String> HANDING = Set.of("release", "free", "hand", "return", "send", "transfer",
            "deliver", "trade");
    private static final Set<String> EXCHANGES = Set.of("exchange", "swap");
    /** How many words a phrase like "a long-awaited prisoner swap" may put between "in" and its noun. */
    private static final int MODIFIERS = 5;

    private ExchangedFor() {
    }

    /** Whether the handing verb at {@code verb} is done in an exchange before {@code clauseEnd}. */
    static boolean of(List<Token> tokens, int verb, int clauseEnd) {
        if (!HANDING.contains(tokens.get(verb).lemma())) {
            return false;
        }
        for (int k = verb + 1; k < Math.min(clauseEnd, tokens.size()) - 1; k++) {
            Token t = tokens.get(k);
            if (t.is(";")) {
                return false;
            }
            if (t.is("in") || t.is("as") && tokens.get(k + 1).is("part")) {
                for (int j = k + 1; j <= k + 1 + MODIFIERS + (t.is("as") ? 2 : 0) && j < tokens.size(); j++) {
                    if (EXCHANGES.contains(tokens.get(j).lemma()) && !tokens.get(j).verb()) {
                        return true;
                    }
                    if (!modifier(tokens.get(j))) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** A word of a noun phrase before its noun: "a", "long-awaited", "U.S.-brokered", "prisoner", "part of". */
    private static boolean modifier(Token t) {
        return t.noun() || t.proper() || t.pos().equals("ADJ") || t.pos().equals("DET") || t.is("part") || t.is("of")
                || t.is("-") || t.verb() && t.text().endsWith("ed");
    }
}
