package io.factline.temporal;

import java.util.Arrays;

/**
 * One sentence of a document. Tokens and part-of-speech tags are computed only when a rule asks for the tense,
 * which keeps tagging off the sentences that hold no direction-dependent expression; tags only as far into the
 * sentence as the tense search reads.
 */
final class Sentence {

    private final NlpPipeline pipeline;
    private final String text;
    final int begin;
    final int end;
    private String[] tokens;
    private int[] tokenBegins;
    private NlpPipeline.Tags tags;
    private Boolean hasVerb;

    Sentence(NlpPipeline pipeline, String document, int begin, int end) {
        this.pipeline = pipeline;
        this.text = document.substring(begin, end);
        this.begin = begin;
        this.end = end;
    }

    String text() {
        return text;
    }

    /** Tense of the clause nearest to the document span {@code [from, to)}. */
    Tense tenseAround(int from, int to) {
        analyse();
        int first = -1;
        int last = -1;
        // Token starts ascend: search for the first token in the span rather than walk the sentence, which
        // would cost every expression of a sentence of thousands a pass over all of it.
        int found = Arrays.binarySearch(tokenBegins, from - begin);
        int start = found >= 0 ? found : -found - 1;
        if (found < 0 && start > 0 && tokenBegins[start - 1] + tokens[start - 1].length() > from - begin) {
            start--; // the span begins inside a token: "August" in "mid-August" is that token's
        }
        for (int i = start; i < tokens.length && tokenBegins[i] + begin < to; i++) {
            if (first < 0) {
                first = i;
            }
            last = i;
        }
        if (first < 0) {
            return Tense.UNKNOWN;
        }
        return TenseDetector.tenseNear(tokens, tags, first, last);
    }

    /** Tense of the sentence's first clause with a marker, read from its start: what a neighbouring sentence says. */
    Tense tenseFromStart() {
        analyse();
        return tokens.length == 0 ? Tense.UNKNOWN : TenseDetector.tenseNear(tokens, tags, 0, 0);
    }

    /**
     * Whether any token is tagged as a verb or auxiliary: a sentence without one is a fragment. Worked out once:
     * every expression of a verbless sentence asks.
     */
    boolean hasVerb() {
        if (hasVerb == null) {
            hasVerb = findVerb();
        }
        return hasVerb;
    }

    private boolean findVerb() {
        analyse();
        for (int i = 0; i < tokens.length; i++) {
            String tag = tags.get(i);
            if (tag.startsWith("VERB") || tag.startsWith("AUX") || tag.contains("+AUX") || tag.contains("+VERB")) {
                return true;
            }
        }
        return false;
    }

    private void analyse() {
        if (tokens != null) {
            return;
        }
        TaggedSentence analysed = pipeline.analyse(text);
        tokens = analysed.words;
        tokenBegins = analysed.begins;
        tags = analysed.tags;
    }
}
