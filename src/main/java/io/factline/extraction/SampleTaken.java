package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A sample given, taken or collected for testing is the test itself, however each outlet words it:
 * "a urine sample he gave in a control on April 18", "a sample taken on April 18", "provided a
 * blood sample on Monday". One side tells it as the athlete giving, the other as the testers taking,
 * so the act is the test (action {@value #ACTION}, kind {@link EventKinds#EXAMINATION}), not a
 * handing-over of the first and a "take" of the second. The sample may stand after the verb, right
 * before a participle that describes it, or before the subject of a relative clause without "that".
 */
final class SampleTaken {

    static final String ACTION = "test";
    static final String THEME = "sample";

    private static final Set<String> VERBS = Set.of("give", "take", "provide", "collect", "submit", "draw");
    private static final Set<String> SAMPLES = Set.of("sample", "specimen");
    private static final int REACH = 4;

    private SampleTaken() {
    }

    /** Whether the verb at {@code verb} gives or takes a sample. */
    static boolean at(List<Token> tokens, int verb) {
        if (verb < 0 || !tokens.get(verb).verb() || !VERBS.contains(tokens.get(verb).lemma())) {
            return false;
        }
        for (int k = verb + 1; k < tokens.size() && k <= verb + REACH; k++) {
            Token t = tokens.get(k);
            if (sample(t)) {
                return true;
            }
            if (!(t.pos().equals("DET") || t.pos().equals("PRON") || t.pos().equals("ADJ") || t.noun())) {
                break;
            }
        }
        int before = verb - 1;
        if (before >= 0 && tokens.get(before).pos().equals("PRON") && !tokens.get(before).is("that")) {
            before--;
        }
        return before >= 0 && sample(tokens.get(before));
    }

    private static boolean sample(Token t) {
        return t.noun() && SAMPLES.contains(t.lemma());
    }
}
