package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A verdict is one happening however an outlet words it: "a jury found X guilty", "X was found
 * guilty", "X was convicted of fraud", "the jury returned a guilty verdict" are the conviction
 * (action {@value #CONVICT}); "found not guilty", "acquitted", "cleared of all charges" the
 * acquittal (action {@value #ACQUIT}). Both are the court's decision (kind
 * {@link EventKinds#RULING}, whoever the subject is) about the verdict (object {@value #VERDICT}), so
 * one outlet's "convicted on Wednesday" meets another's "found guilty on Tuesday" as a DATE conflict
 * rather than as a second event. Finding anything else ("found the body", "found that the
 * council had erred") keeps its verb.
 */
final class Verdict {

    static final String CONVICT = "convict";
    static final String ACQUIT = "acquit";
    static final String VERDICT = "verdict";

    /** How far after "found" the "guilty" of its object complement may stand ("found X, the former mayor of Y, guilty"). */
    private static final int COMPLEMENT_REACH = 14;
    private static final Set<String> VERDICT_WORDS = Set.of("guilty", "innocent");

    private Verdict() {
    }

    /** {@value #CONVICT} or {@value #ACQUIT} when the word at {@code verb} tells a verdict; otherwise null. */
    static String action(List<Token> tokens, int verb) {
        if (verb < 0 || verb >= tokens.size()) {
            return null;
        }
        Token v = tokens.get(verb);
        String lemma = v.lemma();
        if (v.verb() && lemma.equals(CONVICT)) {
            return CONVICT;
        }
        if (v.verb() && lemma.equals(ACQUIT)) {
            return ACQUIT;
        }
        if (v.verb() && lemma.equals("clear") && verb + 1 < tokens.size() && tokens.get(verb + 1).is("of")) {
            return ACQUIT;
        }
        if (v.verb() && lemma.equals("find")) {
            return foundVerdict(tokens, verb);
        }
        if (v.noun() && lemma.equals(VERDICT) || v.verb() && lemma.equals("return") && verdictObject(tokens, verb)) {
            return guiltyBefore(tokens, v.noun() ? verb : verdictAt(tokens, verb));
        }
        return null;
    }

    /** "guilty" or "not guilty" as the complement of "found", before any other verb or a "that" clause. */
    private static String foundVerdict(List<Token> tokens, int verb) {
        for (int k = verb + 1; k < tokens.size() && k <= verb + COMPLEMENT_REACH; k++) {
            Token t = tokens.get(k);
            if (VERDICT_WORDS.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
                boolean not = tokens.get(k - 1).is("not");
                return not || t.is("innocent") ? ACQUIT : CONVICT;
            }
            if (t.is("that") || t.is(";") || t.verb() || t.pos().equals("AUX")) {
                return null;
            }
        }
        return null;
    }

    private static boolean verdictObject(List<Token> tokens, int verb) {
        return verdictAt(tokens, verb) >= 0;
    }

    /** The "verdict" noun within the few words after a verb ("returned a unanimous guilty verdict"), or -1. */
    private static int verdictAt(List<Token> tokens, int verb) {
        for (int k = verb + 1; k < tokens.size() && k <= verb + 5; k++) {
            if (tokens.get(k).lemma().equals(VERDICT)) {
                return k;
            }
        }
        return -1;
    }

    /** The verdict a "verdict" noun tells by the word right before it ("guilty verdict", "not guilty verdict"), else null. */
    private static String guiltyBefore(List<Token> tokens, int noun) {
        if (noun < 1 || !VERDICT_WORDS.contains(tokens.get(noun - 1).text().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return noun >= 2 && tokens.get(noun - 2).is("not") || tokens.get(noun - 1).is("innocent") ? ACQUIT : CONVICT;
    }
}
