package io.factline.extraction;

import java.util.List;
import java.util.Locale;

/**
 * A time in the possessive before a noun phrase names when that happening took place: in "the
 * commission declared Adler the winner of Sunday's runoff on Tuesday" Sunday dates the runoff and
 * Tuesday the declaration; "Tuesday's emergency landing at Tavel was the second this year" dates
 * the landing, not "was". The phrase's last noun is the happening when it names one: an event noun
 * ("summit"), a noun of a known kind ("vote", "strike") or one made from a verb ("landing",
 * "election", "runoff", "walkout", "derailment").
 */
final class PossessiveTime {

    private static final List<String> VERBAL_ENDINGS = List.of("ing", "tion", "sion", "off", "out", "over", "ment");
    /** "-ing" and "-ment" nouns that name a thing, a body or a time, not a happening. */
    private static final List<String> NOT_HAPPENINGS = List.of("evening", "morning", "building", "thing", "ceiling",
            "spring", "king", "string", "wing", "clothing", "funding", "earnings", "savings", "feeling",
            // s13-merge: "-ment" makes happenings ("Tuesday's derailment", "Monday's announcement") and things
            "government", "department", "parliament", "apartment", "environment", "equipment", "management",
            "document", "instrument", "element", "moment", "segment", "basement", "pavement", "sentiment",
            "compartment", "monument");

    private PossessiveTime() {
    }

    /** The head noun of the happening the possessive time at {@code [first, last]} dates, or -1. */
    static int dated(List<Token> tokens, int[] date) {
        int k = date[1];
        if (!possessive(tokens.get(k).text())) {
            k++;
            if (k >= tokens.size() || !possessive(tokens.get(k).text())) {
                return -1;
            }
        }
        int head = -1;
        for (int j = k + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.noun() && !t.capitalized()) {
                head = j;
            } else if (!t.pos().equals("ADJ") && !t.pos().equals("NUM")) {
                break;
            }
        }
        return head >= 0 && happening(tokens.get(head)) ? head : -1;
    }

    /** Whether the noun names a happening. */
    static boolean happening(Token noun) {
        String lemma = noun.lemma();
        if (Clauses.eventNoun(noun) || EventKinds.known(EventKinds.of(lemma))) {
            return true;
        }
        return lemma.length() > 5 && VERBAL_ENDINGS.stream().anyMatch(lemma::endsWith) && !NOT_HAPPENINGS.contains(lemma);
    }

    private static boolean possessive(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return w.equals("'s") || w.endsWith("'s") && w.length() > 2 || w.equals("'");
    }
}
