package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An inspection is told by its own verb ("the inspectorate inspected the plant", "audited the
 * accounts") or by inspectors doing something a visitor or a checker does ("its inspectors visited
 * the site on May 21", "her inspectors had checked the plant", "inspectors examined the tanks").
 * Outlets tell one inspection with any of these, and the side that denies it speaks of the noun
 * ("denied that any inspection had taken place", {@link HappeningNoun}), so all of them have the
 * action {@value #ACTION} and the kind {@link EventKinds#EXAMINATION} — like "underwent an
 * inspection" ({@link UndergoneHappening}). A visit or a check by anyone else keeps its own verb.
 */
final class Inspection {

    static final String ACTION = "inspection";

    /** Verbs that are an inspection whoever does them. */
    private static final Set<String> INSPECTING = Set.of("inspect", "audit");
    /** Verbs that are an inspection when inspectors do them. */
    private static final Set<String> BY_INSPECTORS = Set.of("visit", "tour", "check", "examine", "search", "test");
    /** Those whose visit or check is an inspection. */
    private static final Set<String> INSPECTORS = Set.of("inspector", "auditor", "examiner", "assessor");

    private Inspection() {
    }

    /**
     * {@value #ACTION} when the verb at {@code verb}, whose subject is {@code subject} ({@code [from, to)}),
     * tells an inspection; otherwise null.
     */
    static String action(List<Token> tokens, int verb, int[] subject) {
        Token v = tokens.get(verb);
        if (!v.verb()) {
            return null;
        }
        if (INSPECTING.contains(v.lemma())) {
            return ACTION;
        }
        if (!BY_INSPECTORS.contains(v.lemma())) {
            return null;
        }
        for (int k = Math.max(subject[0], 0); k < subject[1] && k < tokens.size(); k++) {
            String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
            String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            if (INSPECTORS.contains(singular)) {
                return ACTION;
            }
        }
        return null;
    }
}
