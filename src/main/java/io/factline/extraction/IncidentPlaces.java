package io.factline.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the places two reports of one incident give can be one place. Outlets place a leak, a fire or
 * a crash at different scales: the river it fouled, the pumping station it started at, the town near
 * both. So for incidents:
 * <ul>
 *   <li>a place whose words contain the other's ("Korrin" and "Korrin pumping station", "Selwick" and
 *       "eastern Selwick") is the same place;</li>
 *   <li>a named feature — a river, a road, a station, an estate ({@link #feature}) — lies near or in some
 *       town the other report may name, so it neither agrees nor disagrees with a town;</li>
 *   <li>two different towns, or two different features, differ: two leaks a few miles apart are two
 *       leaks;</li>
 *   <li>a missing place on either side is no disagreement.</li>
 * </ul>
 */
final class IncidentPlaces {

    /** How two places of two reports relate. */
    enum Relation { SAME, COMPATIBLE, DIFFERENT, UNKNOWN }

    /** Last words that make a name a feature of the landscape or a site rather than a settlement. */
    private static final Set<String> FEATURES = Set.of("river", "lake", "canal", "bay", "sea", "estuary", "creek",
            "brook", "stream", "reservoir", "station", "estate", "road", "street", "lane", "avenue", "way", "bridge",
            "valley", "park", "airport", "port", "harbour", "harbor", "field", "fields", "mine", "dam", "highway",
            "motorway", "junction", "tunnel", "plant", "refinery", "terminal", "depot", "works", "mill", "farm",
            "forest", "wood", "woods", "hill", "hills", "mountain", "coast", "beach", "pass", "line", "pipeline",
            "site", "centre", "center", "yard", "quay", "wharf", "marsh", "moor", "heath", "ridge", "gorge");

    /** First words that make a feature: "River Ashby", "Lake Tessa", "Mount Kessel". */
    private static final Set<String> LEADING = Set.of("river", "lake", "loch", "mount");

    private IncidentPlaces() {
    }

    static Relation relation(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return Relation.UNKNOWN;
        }
        List<String> first = words(a);
        List<String> second = words(b);
        if (first.equals(second) || contains(first, second) || contains(second, first)) {
            return Relation.SAME;
        }
        return feature(first) != feature(second) ? Relation.COMPATIBLE : Relation.DIFFERENT;
    }

    /**
     * Whether an incident stored at a feature ("the Ashby River") takes the town another report of it names
     * ("near Korrin") as its place: the town is what tells it from another town's incident later, where the
     * feature disagrees with no town.
     */
    static boolean townFor(String kind, String stored, String reported) {
        return Incident.family(kind) != null && feature(stored) && reported != null && !feature(reported);
    }

    /** Whether the name ends in a word of a feature or a site: "Ashby River", "Quarry Lane". */
    static boolean feature(String name) {
        return name != null && feature(words(name));
    }

    private static boolean feature(List<String> words) {
        return !words.isEmpty() && (FEATURES.contains(words.get(words.size() - 1)) || LEADING.contains(words.get(0)));
    }

    /** Whether {@code outer} holds {@code inner} as a run of whole words. */
    private static boolean contains(List<String> outer, List<String> inner) {
        return !inner.isEmpty() && java.util.Collections.indexOfSubList(outer, inner) >= 0;
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .filter(w -> !w.equals("the")).toList();
    }
}
