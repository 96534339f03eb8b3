package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A body named for its members with a plural possessive is one name: "the Rail Workers' Union", "the
 * Miners' Federation", "the Farmers' Association". A possessive otherwise ends a name ("Varenta's
 * systems", "Putin's aide"), so such a union was read as two names, "Rail Workers" and "Union", and
 * outlets that wrote it whole or as "the union" shared nothing with it. Only a plural possessive (the
 * apostrophe after "s") joins, and only a capitalised word for a body after it.
 */
final class PluralPossessiveName {

    private static final Set<String> BODIES = Set.of("union", "unions", "federation", "association", "guild",
            "league", "council", "congress", "confederation", "society", "alliance", "party", "club", "movement",
            "fund", "trust", "committee", "cooperative", "co-operative", "syndicate", "forum", "network");

    private PluralPossessiveName() {
    }

    /** Whether the possessive at {@code at} joins the body word after it into one name. */
    static boolean joins(List<Token> tokens, int at) {
        if (at + 1 >= tokens.size()) {
            return false;
        }
        String word = tokens.get(at).text();
        Token next = tokens.get(at + 1);
        return word.length() > 2 && (word.endsWith("s'") || word.endsWith("s’")) && next.capitalized()
                && BODIES.contains(next.text().toLowerCase(Locale.ROOT));
    }
}
