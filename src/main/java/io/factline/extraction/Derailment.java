package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A train leaving its rails is one happening however an outlet words it: "derailed", "came off the
 * tracks", "left the rails", "jumped the track", "went off the line". Told with any of these, the act is
 * {@link #DERAIL}, so a local paper's "came off the tracks near X" meets a wire's "derailed near X".
 * The verbs keep their meaning elsewhere ("came off worse", "left the station", "jumped the queue").
 */
final class Derailment {

    static final String DERAIL = "derail";

    private static final Set<String> VERBS = Set.of("come", "go", "leave", "jump", "run");
    private static final Set<String> RAILS = Set.of("track", "tracks", "rail", "rails", "line");

    private Derailment() {
    }

    /** Whether the verb at {@code verb} tells a derailment. */
    static boolean told(List<Token> tokens, int verb) {
        if (verb < 0 || verb >= tokens.size()) {
            return false;
        }
        Token v = tokens.get(verb);
        if (v.lemma().equals(DERAIL) || v.text().toLowerCase(Locale.ROOT).startsWith("derail")) {
            return true;
        }
        if (!VERBS.contains(v.lemma())) {
            return false;
        }
        int k = verb + 1;
        if (k < tokens.size() && tokens.get(k).is("off")) {
            k++;
        }
        if (k < tokens.size() && tokens.get(k).is("the")) {
            k++;
        }
        return k < tokens.size() && k > verb + 1 && RAILS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
    }
}
