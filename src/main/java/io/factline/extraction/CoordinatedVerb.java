package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A verb joined by "and" (or "or", "but") to an earlier verb and its object shares that verb's
 * subject: in "an explosion at the plant killed three workers and injured 17 late on Tuesday" the
 * subject of "injured" is the explosion, not the workers the phrase before "and" ends with; "the
 * envoys arrived on Monday and met Putin" — the envoys met him. Names joined by "and" before a verb
 * ("Kestovia and Marundi exchanged") have no verb before them and are left alone.
 */
final class CoordinatedVerb {

    private static final Set<String> JOINS = Set.of("and", "or", "but");
    private static final Set<String> STOPS = Set.of(",", ";", ":", "\"", "who", "which", "that", "whose", "whom",
            "when", "where", "while", "because", "after", "before", "although", "though", "(", ")", "--");
    /** How far back from the joining word the earlier verb is looked for. */
    private static final int REACH = 12;

    private CoordinatedVerb() {
    }

    /** The earlier verb that the word at {@code join} ("and") joins a second verb to, or -1. */
    static int earlier(List<Token> tokens, int join) {
        if (join < 2 || !JOINS.contains(tokens.get(join).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int k = join - 1; k >= 0 && k >= join - REACH; k--) {
            Token t = tokens.get(k);
            if (STOPS.contains(t.text().toLowerCase(Locale.ROOT)) || t.pos().equals("AUX") || t.pos().equals("SCONJ")
                    || JOINS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return -1;
            }
            if (t.verb() && !DateAnchor.attributive(tokens, k)) {
                return k == join - 1 || t.capitalized() ? -1 : k;
            }
        }
        return -1;
    }
}
