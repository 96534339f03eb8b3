package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A rocket that flies is launched, not a person on a trip: "the rocket would fly on Tuesday" and
 * "the launcher lifted off" are the launch (action {@link #LAUNCH}), so they meet another outlet's
 * "launched its rocket on Tuesday" instead of making a trip of their own. Only a launch vehicle
 * named as the subject's head noun counts; people and aircraft that fly keep the trip.
 */
final class VehicleFlight {

    static final String LAUNCH = "launch";
    private static final Set<String> VEHICLES = Set.of("rocket", "launcher", "booster", "spacecraft", "spaceship");
    private static final Set<String> FLYING = Set.of("fly", "lift", "blast");

    private VehicleFlight() {
    }

    /** Whether the verb at {@code verb}, with its subject at {@code [subject[0], subject[1])}, is a launch vehicle flying. */
    static boolean launch(List<Token> tokens, int verb, int[] subject) {
        if (verb < 0 || !FLYING.contains(tokens.get(verb).lemma()) || subject[1] <= subject[0]) {
            return false;
        }
        for (int k = subject[1] - 1; k >= subject[0]; k--) {
            Token t = tokens.get(k);
            if (t.noun() && !t.capitalized()) {
                return VEHICLES.contains(t.lemma());
            }
        }
        return false;
    }
}
