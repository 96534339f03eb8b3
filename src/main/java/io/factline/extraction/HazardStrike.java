package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A storm, an earthquake or another natural hazard reaching a place is one happening however an outlet
 * words it: "Storm X made landfall near Y", "X came ashore near Y", "the storm tore into the coast", "X
 * struck on Friday", "a strong earthquake hit the valley", "the quake jolted the city". Before, each verb
 * was a kind of its own ("struck" even a labour strike), so four outlets' reports of one landfall stayed
 * four events. Told by any of these verbs with a hazard as its subject — a hazard noun ("the storm", "a
 * 6.1-magnitude earthquake") or a name written with one ("Hurricane Lidia", "Storm Idris", later "Idris")
 * —, the act and kind are the hazard's family: {@value #LANDFALL} for storms, {@value #QUAKE} for
 * earthquakes, and the noun itself for a tornado, a tsunami or a landslide. These are incidents
 * ({@link Incident}), so reports that share the storm's name or the place it hit merge and an outlet a day
 * off is a DATE conflict. An aftershock is an event of its own and keeps its verb; so does a storm that
 * "killed", "flooded" or "cut power": those are its consequences, told as such. "A storm of protest" is none.
 */
final class HazardStrike {

    static final String LANDFALL = "landfall";
    static final String QUAKE = "earthquake";

    /** The family of each hazard noun. */
    private static final Map<String, String> HAZARDS = Map.ofEntries(Map.entry("storm", LANDFALL),
            Map.entry("hurricane", LANDFALL), Map.entry("typhoon", LANDFALL), Map.entry("cyclone", LANDFALL),
            Map.entry("superstorm", LANDFALL), Map.entry("earthquake", QUAKE), Map.entry("quake", QUAKE),
            Map.entry("tornado", "tornado"), Map.entry("twister", "tornado"), Map.entry("tsunami", "tsunami"),
            Map.entry("landslide", "landslide"), Map.entry("mudslide", "landslide"));

    /** Verbs of a hazard reaching a place: "hit", "struck", "battered", "tore into", "jolted". */
    private static final Set<String> REACHING = Set.of("hit", "strike", "batter", "lash", "pound", "slam", "tear",
            "sweep", "rock", "jolt", "shake", "devastate", "ravage", "smash", "plough", "plow");
    /** Verbs that reach land with "ashore": "came ashore", "moved ashore". */
    private static final Set<String> ASHORE = Set.of("come", "move", "roll", "push", "blow", "sweep", "crash");

    private HazardStrike() {
    }

    /** The hazard's family all kinds of this class are, for {@link EventKinds} and {@link Incident}. */
    static Set<String> families() {
        return Set.copyOf(HAZARDS.values());
    }

    /**
     * The family of the hazard whose reaching a place the verb at {@code verb} tells, its subject being
     * tokens {@code [subject[0], subject[1])}; null when the verb tells no such thing.
     */
    static String of(List<Token> tokens, List<Mention> mentions, int verb, int[] subject) {
        if (verb < 0 || verb >= tokens.size() || subject == null || subject[0] >= subject[1]) {
            return null;
        }
        return reaching(tokens, verb) ? hazard(tokens, mentions, subject) : null;
    }

    private static boolean reaching(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        String lemma = v.lemma();
        if (!v.verb()) {
            return false;
        }
        if (REACHING.contains(lemma)) {
            return true;
        }
        if (lemma.equals("make")) {
            // "made landfall", "made landfall again"
            return verb + 1 < tokens.size() && tokens.get(verb + 1).is(LANDFALL);
        }
        return ASHORE.contains(lemma) && verb + 1 < tokens.size() && tokens.get(verb + 1).is("ashore");
    }

    /** The family of the hazard a word names ("storm", "Hurricane", "quake"), or null. */
    static String family(String word) {
        return HAZARDS.get(word.toLowerCase(Locale.ROOT));
    }

    /** The family of the hazard the subject names, by its noun or by a name written with one; null when none. */
    private static String hazard(List<Token> tokens, List<Mention> mentions, int[] subject) {
        for (int k = subject[0]; k < subject[1] && k < tokens.size(); k++) {
            String family = family(tokens.get(k).text());
            // "a storm of protest hit the ministry" is no storm.
            boolean figure = k + 1 < tokens.size() && tokens.get(k + 1).is("of");
            if (family != null && !figure) {
                return family;
            }
        }
        for (Mention m : mentions) {
            if (m.first() >= subject[0] && m.first() < subject[1]) {
                for (String word : m.name().toLowerCase(Locale.ROOT).split(" ")) {
                    String family = HAZARDS.get(word);
                    if (family != null) {
                        return family;
                    }
                }
            }
        }
        return null;
    }
}
