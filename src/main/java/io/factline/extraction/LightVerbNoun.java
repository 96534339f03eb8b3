package io.factline.extraction;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A happening told as a noun made from its verb is the act of that verb: "made an emergency landing
 * at Tavel" (a light verb whose object names what was done) and "Tuesday's emergency landing"
 * ({@link PossessiveTime}) are the landing another outlet tells as "landed at Tavel", so their
 * action is "land". Only "-ing" nouns whose lemma has no kind of its own are read so: "meeting",
 * "hearing" and "fighting" keep theirs ({@link EventKinds}).
 */
final class LightVerbNoun {

    /** Verbs that say only that the act named by their object was done. */
    private static final Set<String> LIGHT = Set.of("make", "carry", "perform", "conduct", "undertake");

    private LightVerbNoun() {
    }

    /**
     * The action of the happening at {@code anchor} — an "-ing" noun, or a light verb with one as
     * the head of its object — as the verb's lemma ({@code verbLemma} of the noun); null when it is neither.
     */
    static String action(List<Token> tokens, int anchor, UnaryOperator<String> verbLemma) {
        Token head = tokens.get(anchor);
        int noun = head.noun() ? anchor : LIGHT.contains(head.lemma()) ? object(tokens, anchor) : -1;
        if (noun < 0) {
            return null;
        }
        Token t = tokens.get(noun);
        String lemma = t.lemma();
        if (!lemma.endsWith("ing") || lemma.length() < 6 || !EventKinds.of(lemma).equals(lemma)
                || !PossessiveTime.happening(t)) {
            return null;
        }
        String verb = verbLemma.apply(t.text());
        return verb.equals(lemma) || verb.isBlank() ? null : verb;
    }

    /** The head of the noun phrase right after the verb (past a particle: "carried out a raid"), or -1. */
    private static int object(List<Token> tokens, int verb) {
        int k = verb + 1;
        if (k < tokens.size() && (tokens.get(k).is("out") || tokens.get(k).is("off"))) {
            k++;
        }
        int head = -1;
        for (; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.noun() && !t.capitalized()) {
                head = k;
            } else if (!(head < 0 && t.pos().equals("DET")) && !t.pos().equals("ADJ")) {
                break;
            }
        }
        return head;
    }
}
