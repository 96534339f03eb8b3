package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Giving evidence to a committee, a parliament or a court is told as testifying ("is due to testify
 * before lawmakers on Wednesday"), appearing before them ("has been summoned to appear before the
 * digital affairs committee on Wednesday") or giving evidence ("gave evidence to the inquiry"): one
 * act, {@value #ACTION}, of its own kind, so outlets' wordings meet (s9-scena). "Appeared in a video"
 * keeps its verb: "appear" counts only with "before". Appearing "at a hearing on June 23" is the
 * hearing (the occasion the date names, {@code DateAnchor.occasionBetween}), which other outlets report.
 */
final class Testimony {

    static final String ACTION = "testify";

    private Testimony() {
    }

    /** Whether the verb at {@code verb} tells giving evidence. */
    static boolean at(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        if (!v.verb()) {
            return false;
        }
        Token next = verb + 1 < tokens.size() ? tokens.get(verb + 1) : null;
        return v.lemma().equals(ACTION)
                || v.lemma().equals("appear") && next != null && next.is("before")
                || Set.of("give", "present").contains(v.lemma()) && next != null
                && next.text().toLowerCase(Locale.ROOT).equals("evidence");
    }
}
