package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Set;

/**
 * Where an incident happened, as its reports write it: "a pipeline leaked on Friday near Korrin", "spilled
 * into the Ashby River", "a pipe burst near the Korrin pumping station", "a blaze at a factory in eastern
 * Selwick". The general rule takes a place only right after "in", "at", "to" or "into" and as a place
 * name; an incident is also placed by "near", "outside", "beside", "off" or "along", by a named feature
 * whatever kind the name finder guessed ("the Ashby River" read as a person's two names), by a town
 * that names a site ("the Korrin pumping station": Korrin) and past a word of direction ("eastern
 * Selwick"). Without it two reports of leaks in two towns had no place to disagree on
 * ({@link IncidentPlaces}).
 */
final class IncidentSite {

    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "into", "near", "outside", "beside", "off",
            "along", "on");
    private static final Set<String> DIRECTIONS = Set.of("northern", "southern", "eastern", "western", "central",
            "north", "south", "east", "west", "downtown", "rural", "suburban", "nearby");

    private IncidentSite() {
    }

    /**
     * The first place after the incident's verb at {@code anchor} and outside its attribution, as above;
     * null when there is none.
     */
    static String of(List<Token> tokens, List<Mention> mentions, Attribution attribution, int anchor) {
        for (Mention m : mentions) {
            if (m.first() <= anchor || attribution.covers(m.first())) {
                continue;
            }
            int k = m.first() - 1;
            boolean site = false;
            if (k > 0 && DIRECTIONS.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
                k--;
            } else if (k > 0 && tokens.get(k).is("the")) {
                site = m.kind() == EntityKind.PLACE && m.last() + 1 < tokens.size()
                        && tokens.get(m.last() + 1).noun() && !tokens.get(m.last() + 1).capitalized();
                k--;
            }
            if (k < 0 || !PREPOSITIONS.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            boolean on = tokens.get(k).is("on");
            if (IncidentPlaces.feature(m.name()) || !on && (m.kind() == EntityKind.PLACE || site)) {
                return m.name();
            }
        }
        return null;
    }
}
