package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A verb that makes someone do something ("the engine fire forced Skyrun flight 418 to land at Tavel
 * on Tuesday night", "fog forced the ferry to turn back on Monday") tells that the act was done, then:
 * the event is the act (the landing other outlets report), and its infinitive lies in the causing
 * verb's tense. The tagger often reads the word after "to" there as a noun ("to land"); after a
 * causing verb and its object it is the infinitive all the same.
 */
final class Causative {

    private static final Set<String> CAUSING = Set.of("force", "compel", "oblige", "cause");
    /** How many words the object between the causing verb and "to" may have. */
    private static final int OBJECT_REACH = 6;

    private Causative() {
    }

    /** The causing verb whose object is followed by the "to" at {@code to}, or -1. */
    static int causer(List<Token> tokens, int to) {
        if (to < 2 || !tokens.get(to).is("to")) {
            return -1;
        }
        int k = to - 1;
        while (k > 0 && to - k <= OBJECT_REACH && objectWord(tokens.get(k))) {
            k--;
        }
        return k < to - 1 && tokens.get(k).verb() && CAUSING.contains(tokens.get(k).lemma()) ? k : -1;
    }

    /** The act a causing verb at {@code verb} made happen: the word after its object's "to", or -1. */
    static int caused(List<Token> tokens, int verb) {
        if (!tokens.get(verb).verb() || !CAUSING.contains(tokens.get(verb).lemma())) {
            return -1;
        }
        for (int k = verb + 2; k + 1 < tokens.size() && k - verb <= OBJECT_REACH + 1; k++) {
            if (tokens.get(k).is("to")) {
                Token act = tokens.get(k + 1);
                return causer(tokens, k) == verb && !act.capitalized() && (act.verb() || act.noun()) ? k + 1 : -1;
            }
            if (!objectWord(tokens.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** A word of the object; a capitalised word of any tag is part of a name (an unknown name may be tagged an adverb). */
    private static boolean objectWord(Token t) {
        String pos = t.pos();
        return pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM")
                || pos.equals("PRON") || t.capitalized() && !t.punctuation();
    }
}
