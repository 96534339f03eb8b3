package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finding out that something is wrong is told with many verbs: staff "detected the intrusion on
 * Tuesday", "spotted" it, "discovered the breach", "uncovered", "noticed" or "flagged the suspicious
 * activity"; a spokesman says "the breach was only confirmed on Tuesday". They are one act,
 * {@value #ACTION}, of the kind {@value #KIND}, so that outlets' different verbs for one discovery
 * meet, and one that dates it a day earlier raises a DATE conflict instead of a second event
 * (s9-scena). A passive "confirmed", "established" or "identified" counts only with an incident as its
 * subject ("the breach was confirmed"); "the meeting was confirmed" stays a statement.
 */
final class Discovery {

    static final String ACTION = "detect";
    static final String KIND = "discovery";

    private static final Set<String> FINDING = Set.of("detect", "discover", "spot", "uncover", "notice", "flag",
            "detection", "discovery");
    private static final Set<String> ESTABLISHING = Set.of("confirm", "establish", "identify");
    private static final Set<String> INCIDENTS = Set.of("breach", "intrusion", "hack", "cyberattack", "attack",
            "leak", "theft", "fraud");

    private Discovery() {
    }

    /** {@value #ACTION} when the lemma tells finding something out; otherwise null. */
    static String action(String lemma) {
        return FINDING.contains(lemma) ? ACTION : null;
    }

    /**
     * The incident (its lemma: "breach") when the verb at {@code verb} is a passive "confirmed" whose
     * subject is one ("the breach was confirmed"); otherwise null.
     */
    static String confirmedIncident(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        if (!ESTABLISHING.contains(v.lemma()) || !PassiveVoice.passive(tokens, verb)) {
            return null;
        }
        int k = verb - 1;
        while (k >= 0 && (tokens.get(k).pos().equals("AUX") || tokens.get(k).pos().equals("ADV"))) {
            k--;
        }
        String incident = k >= 0 && tokens.get(k).noun() ? tokens.get(k).lemma().toLowerCase(Locale.ROOT) : null;
        return incident != null && INCIDENTS.contains(incident) ? incident : null;
    }
}
