package io.factline.temporal;

import opennlp.tools.util.Span;

/**
 * One sentence tokenised and tagged once for the temporal engine and extraction together: extraction hands each of its
 * sentences to the engine and then reads the same sentence's tokens and tags, so both take them from here
 * ({@link #of(String)} remembers the last sentences of the calling thread). The tags are the greedy decoder's
 * ({@link NlpPipeline}), decoded on demand: what the engine's tense search decoded is not decoded again when
 * extraction asks for all of them. They are also exactly what OpenNLP's {@code POSTaggerME} gives with the model's
 * beam of three ({@code OpenNlpEquivalenceTest}): OpenNLP caches the features of a position regardless of the tags
 * before it, so every sequence in the beam is scored with the features of the best one, and the best sequence is the
 * greedy one. For one thread.
 */
public final class TaggedSentence {

    final String text;
    final Span[] spans;
    final String[] words;
    final int[] begins;
    final NlpPipeline.Tags tags;

    TaggedSentence(String text, Span[] spans, NlpPipeline pipeline) {
        this.text = text;
        this.spans = spans;
        this.words = new String[spans.length];
        this.begins = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = text.substring(spans[i].getStart(), spans[i].getEnd());
            begins[i] = spans[i].getStart();
        }
        this.tags = pipeline.tagsOnDemand(words);
    }

    /** The tokens and tags of {@code sentence}, shared with the temporal engine's analysis of the same text. */
    public static TaggedSentence of(String sentence) {
        return NlpPipeline.shared().analyse(sentence);
    }

    /** The tags of tokens that are not a sentence's own tokenisation (e.g. a token split further). */
    public static String[] tag(String[] words) {
        return NlpPipeline.shared().tags(words);
    }

    /** The token spans as OpenNLP's tokenizer gives them; the array is the caller's to keep but not to change. */
    public Span[] spans() {
        return spans;
    }

    /** The tokens' texts; not to be changed. */
    public String[] words() {
        return words;
    }

    /** The tag of token {@code i}, decoding as far as it (no further). */
    public String tag(int i) {
        return tags.get(i);
    }

    /** All tags, a new array. */
    public String[] tags() {
        return tags.all();
    }
}
