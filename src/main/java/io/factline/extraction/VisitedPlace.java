package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * The place a visit is paid to is where it happens: "visited Brackenridge on Tuesday" and "visited the
 * fire-threatened town of Brackenridge" are visits in Brackenridge, as "a visit to Brackenridge" is
 * (the preposition of place makes that one). The name right after "visit" or "tour", or after a
 * short noun phrase of a settlement and "of", is the location, so another outlet's report of the
 * visit on another day agrees on where (a DATE conflict, not a second visit).
 */
final class VisitedPlace {

    private static final Set<String> VISITING = Set.of("visit", "tour");
    /** Words between the verb and the name: "the fire-threatened town of". */
    private static final int REACH = 6;

    private VisitedPlace() {
    }

    /**
     * Whether the place named by {@code place} modifies a common noun of a site after "at the" or "in
     * the" ("met firefighters at the Brackenridge fairgrounds"): the site lies in that place, which is
     * where the act happened, as "at the fairgrounds in Brackenridge" would say.
     */
    static boolean siteOf(List<Token> tokens, Mention place) {
        int k = place.first();
        if (k < 2 || place.last() + 1 >= tokens.size() || !tokens.get(k - 1).is("the")) {
            return false;
        }
        Token before = tokens.get(k - 2);
        Token site = tokens.get(place.last() + 1);
        return (before.is("at") || before.is("in")) && site.noun() && !site.capitalized();
    }

    /** Whether the place named by {@code place} is the object of the visiting verb at {@code verb}. */
    static boolean of(List<Token> tokens, int verb, Mention place) {
        if (!VISITING.contains(tokens.get(verb).lemma()) || place.first() <= verb || place.first() - verb > REACH) {
            return false;
        }
        if (place.first() == verb + 1) {
            return true;
        }
        if (!tokens.get(place.first() - 1).is("of")) {
            return false;
        }
        for (int k = verb + 1; k < place.first() - 1; k++) {
            Token t = tokens.get(k);
            boolean modifier = t.pos().equals("DET") || t.pos().equals("ADJ") || t.noun() || t.is("-");
            if (!modifier) {
                return false;
            }
        }
        return true;
    }
}
