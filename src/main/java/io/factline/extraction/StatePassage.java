package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A verb that only moves someone or something into a state or a procedure is told by the state's
 * noun (s10-scenc): "was placed into administration", "went into administration", "entered
 * administration", "filed for administration", "collapsed into administration" are one happening,
 * the administration; "was taken into custody" and "was placed under arrest" are the arrest. Outlets
 * use any of these verbs, so the act is the noun (action and object), with the noun's kind where it
 * has one ({@link EventKinds}: custody and arrest are the arrest). The noun stands bare, without an
 * article or possessive, right after the preposition (one adjective may come between: "into special
 * administration"); "put the money into a fund", "went into the building" keep their verbs. "Go" carries no
 * event by itself ({@link DateAnchor#LIGHT_VERBS}) but does when it goes into such a state, so a
 * time after "went into administration" dates it.
 */
final class StatePassage {

    /** Verbs of going, falling or being put somewhere; each takes the state after a preposition (or "enter", directly). */
    private static final Set<String> VERBS = Set.of("place", "put", "take", "go", "fall", "slip", "plunge", "collapse",
            "tip", "force", "push", "send", "move", "bring", "file", "enter");
    /** The prepositions that lead into a state ("for" only after filing: "filed for bankruptcy"). */
    private static final Set<String> INTO = Set.of("into", "under");
    private static final int REACH = 3;

    private StatePassage() {
    }

    /**
     * The index of the state's noun the verb at {@code verb} leads into, or -1 when the verb is not
     * one of going or putting, or what follows is not a bare noun after "into", "under" (or "for"
     * after "file"; directly after "enter").
     */
    static int state(List<Token> tokens, int verb) {
        if (verb < 0 || verb >= tokens.size()) {
            return -1;
        }
        Token v = tokens.get(verb);
        if (!v.verb() || !VERBS.contains(v.lemma())) {
            return -1;
        }
        int k = verb + 1;
        if (v.lemma().equals("enter")) {
            return bareNoun(tokens, k);
        }
        while (k < tokens.size() && k <= verb + REACH && tokens.get(k).pos().equals("ADV")) {
            k++;
        }
        if (k >= tokens.size()) {
            return -1;
        }
        String preposition = tokens.get(k).text().toLowerCase(Locale.ROOT);
        boolean leads = INTO.contains(preposition) || preposition.equals("for") && v.lemma().equals("file");
        return leads ? bareNoun(tokens, k + 1) : -1;
    }

    /** The action the state at {@code noun} is told by: its kind where it has one ("custody" → arrest), else the noun. */
    static String action(List<Token> tokens, int noun) {
        String lemma = tokens.get(noun).lemma();
        String kind = EventKinds.of(lemma);
        return EventKinds.known(kind) ? kind : lemma;
    }

    /**
     * Whether an event's action and object are those of a state gone into: the same noun, which no
     * {@link EventKinds} kind covers ("administration"; a kind of its own, such as the arrest, is read by its kind).
     */
    static boolean reached(String action, String theme) {
        return action != null && action.equals(theme) && !EventKinds.known(EventKinds.of(action));
    }

    /** A common noun without article or possessive at {@code k} (one adjective before it allowed), not followed by another noun. */
    private static int bareNoun(List<Token> tokens, int k) {
        if (k < tokens.size() && tokens.get(k).pos().equals("ADJ")) {
            k++;
        }
        if (k >= tokens.size()) {
            return -1;
        }
        Token t = tokens.get(k);
        if (!t.noun() || t.capitalized()) {
            return -1;
        }
        boolean compound = k + 1 < tokens.size() && (tokens.get(k + 1).noun() || tokens.get(k + 1).proper());
        return compound ? -1 : k;
    }
}
