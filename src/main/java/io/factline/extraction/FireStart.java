package io.factline.extraction;

import java.util.Set;

/**
 * Starting a fire is one act however it is worded: "a broken line started the fire", "sparked the
 * blaze", "ignited the wildfire", "caused the fire", "set the fire". With a fire as object these verbs
 * have action {@link #IGNITE}, so a finding that something started a fire and the denial that it
 * "had caused the fire" meet (CONTRADICTION). "Started talks", "caused delays" keep their verbs; a
 * fire that breaks out by itself is the fire ({@code AccidentNoun}).
 */
final class FireStart {

    static final String IGNITE = "ignite";

    private static final Set<String> STARTING = Set.of("start", "spark", "ignite", "cause", "set", "trigger", "light");
    private static final Set<String> FIRES = Set.of("fire", "blaze", "wildfire", "bushfire", "inferno", "brushfire");

    private FireStart() {
    }

    /** {@link #IGNITE} when the verb lemma with its object lemma starts a fire; else null. */
    static String action(String verb, String object) {
        return verb != null && object != null && STARTING.contains(verb) && FIRES.contains(object) ? IGNITE : null;
    }
}
