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
    /** Verbs that tell a launch by where its vehicle went: "sent its rocket into space", "sent two satellites into orbit". */
    private static final Set<String> SENDING = Set.of("send", "put", "carry", "loft", "boost", "place");
    /** What such a verb sends up: a launch vehicle or what it carries. */
    private static final Set<String> PAYLOADS = Set.of("rocket", "launcher", "booster", "spacecraft", "spaceship",
            "satellite", "probe", "capsule");
    private static final Set<String> ALOFT = Set.of("space", "orbit");
    private static final int OBJECT_REACH = 6;

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

    /**
     * Session 14 (s14-split): whether the verb at {@code verb} tells a launch by sending its vehicle up — "Kestrel
     * sent its rocket into space on Tuesday", "the agency put two satellites into orbit" —: a verb of sending, a
     * launch vehicle or a satellite as the head of its object, then "into", "to" or "in" and "space" or "orbit"
     * before {@code end}. Outlets write one launch as "lifted off", "was launched" or "sent … into space"; the
     * last was a handing-over, so the three reports did not meet. Sending goods, letters or troops stays a
     * handing-over, and so does sending a rocket anywhere but up ("sent the rocket to the pad").
     */
    static boolean sentAloft(List<Token> tokens, int verb, int end) {
        if (verb < 0 || !SENDING.contains(tokens.get(verb).lemma())) {
            return false;
        }
        int last = Math.min(end, tokens.size());
        int payload = -1;
        for (int k = verb + 1; k < last && k <= verb + OBJECT_REACH; k++) {
            Token t = tokens.get(k);
            if (t.noun() && !t.capitalized() && PAYLOADS.contains(t.lemma())) {
                payload = k;
            } else if (payload >= 0 && (t.is("into") || t.is("to") || t.is("in"))) {
                return k + 1 < last && ALOFT.contains(tokens.get(k + 1).lemma())
                        || k + 2 < last && ALOFT.contains(tokens.get(k + 2).lemma()) && tokens.get(k + 1).pos().equals("ADJ");
            }
        }
        return false;
    }
}
