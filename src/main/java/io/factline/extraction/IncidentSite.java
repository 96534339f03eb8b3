package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where an incident happened, as its reports write it: "a pipeline leaked on Friday near Korrin", "spilled
 * into the Ashby River", "a pipe burst near the Korrin pumping station", "a blaze at a factory in eastern
 * Selwick". The general rule takes a place only right after "in", "at", "to" or "into" and as a place
 * name; an incident is also placed by "near", "outside", "beside", "off" or "along", by a named feature
 * whatever kind the name finder guessed ("the Ashby River" read as a person's two names), by a town
 * that names a site when the name finder took it for a place ("near the Korrin pumping station") and past
 * a word of direction ("eastern Selwick"). Of several places, the town wins ({@link #of}). Without it two reports of leaks in two towns had no place to disagree on
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
     * The place after the incident's verb at {@code anchor} and outside its attribution, as above: of the
     * places the sentence gives its incident ("into the Ashby River … near the Korrin pumping station"), the
     * first town, else the first feature; null when there is none. The town is what other outlets name
     * most, and what tells two towns' incidents apart.
     */
    static String of(List<Token> tokens, List<Mention> mentions, Attribution attribution, int anchor) {
        String feature = null;
        for (Mention m : mentions) {
            String place = place(tokens, m, attribution, anchor);
            if (place != null && !IncidentPlaces.feature(place)) {
                return place;
            }
            feature = feature == null ? place : feature;
        }
        return feature;
    }

    private static String place(List<Token> tokens, Mention m, Attribution attribution, int anchor) {
        if (m.first() <= anchor || attribution.covers(m.first())) {
            return null;
        }
        int k = m.first() - 1;
        if (k > 0 && (tokens.get(k).is("the") || DIRECTIONS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)))) {
            k--;
        }
        if (k < 0 || !PREPOSITIONS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        boolean feature = IncidentPlaces.feature(m.name());
        return feature || !tokens.get(k).is("on") && m.kind() == EntityKind.PLACE ? m.name() : null;
    }
}
