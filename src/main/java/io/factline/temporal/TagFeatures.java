package io.factline.temporal;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The part-of-speech model's features of a token as rows of its {@link IndexedGisModel predicate table}, in the order
 * in which the model's feature generator ({@code generator.featuregen} in the model: outcome prior, suffixes and
 * prefixes up to four characters, the lower-cased words two to either side, the sentence start two to the left, the
 * word class with and without the word, the previous two tags) lists them, so that {@code GISModel}'s sums come out
 * the same to the bit ({@code OpenNlpEquivalenceTest} compares every row with OpenNLP's own feature strings).
 * <p>
 * Why: OpenNLP builds about twenty new strings per token (the window repeats each neighbour's word with a prefix),
 * in lists that its cache copies again, and each is hashed before it is looked up; here the words' rows are looked up
 * once per token of the sentence, hashing in place, and the tag features come from a table made when the model loads.
 * <p>
 * A word's rows depend on the word alone, so they are remembered by word, for every thread ({@value #WORD_LIMIT} words
 * at most, the first met: news repeats its vocabulary, and the frequent words come early); working them out again for
 * every token was a sixth of extraction's CPU time on the ingest benchmark's articles.
 */
final class TagFeatures {

    /** Words whose rows are remembered: about 4.5 MB of heap when full (estimated). */
    static final int WORD_LIMIT = 20_000;
    private static final int AFFIX_LENGTH = 4;
    private static final String[] PREVIOUS_WORD = {"p1w=", "p2w="};
    private static final String[] NEXT_WORD = {"n1w=", "n2w="};

    private final IndexedGisModel model;
    private final int prior;
    private final int sentenceBegin;
    private final int[] sentenceBeginBefore;
    /** Row of "t=" + tag, by outcome. */
    private final int[] previousTag;
    /** Row of "t2=" + tag before last + "," + last tag, by the two outcomes. */
    private final int[][] previousTwoTags;
    private final Map<String, Word> known = new ConcurrentHashMap<>();

    TagFeatures(IndexedGisModel model) {
        this.model = model;
        prior = model.number("def");
        sentenceBegin = model.number("S=begin");
        sentenceBeginBefore = new int[] {model.number("p1S=begin"), model.number("p2S=begin")};
        int outcomes = model.getNumOutcomes();
        previousTag = new int[outcomes];
        previousTwoTags = new int[outcomes][outcomes];
        for (int last = 0; last < outcomes; last++) {
            previousTag[last] = model.number("t=" + model.getOutcome(last));
            for (int before = 0; before < outcomes; before++) {
                previousTwoTags[before][last] = model.number(
                        "t2=" + model.getOutcome(before) + "," + model.getOutcome(last));
            }
        }
    }

    /** The rows of one sentence's words, worked out as decoding reaches them; for one thread. */
    Sentence sentence(String[] tokens) {
        return new Sentence(tokens);
    }

    final class Sentence {

        private final String[] tokens;
        private final Word[] words;

        private Sentence(String[] tokens) {
            this.tokens = tokens;
            this.words = new Word[tokens.length];
        }

        /** The rows of the known features at {@code index}, given the outcomes chosen for the tokens before it. */
        int[] rows(int index, int[] outcomes) {
            int[] rows = new int[32];
            int count = add(rows, 0, prior);
            Word word = word(index);
            for (int row : word.affixes) {
                count = add(rows, count, row);
            }
            count = add(rows, count, word.word);
            for (int k = 1; k <= 2; k++) {
                if (index - k >= 0) {
                    count = add(rows, count, word(index - k).previous[k - 1]);
                }
            }
            for (int k = 1; k <= 2; k++) {
                if (index + k < tokens.length) {
                    count = add(rows, count, word(index + k).next[k - 1]);
                }
            }
            if (index == 0) {
                count = add(rows, count, sentenceBegin);
            }
            for (int k = 1; k <= 2; k++) {
                if (index - k == 0) {
                    count = add(rows, count, sentenceBeginBefore[k - 1]);
                }
            }
            count = add(rows, count, word.wordClass);
            count = add(rows, count, word.wordAndClass);
            if (index >= 1) {
                count = add(rows, count, previousTag[outcomes[index - 1]]);
                if (index >= 2) {
                    count = add(rows, count, previousTwoTags[outcomes[index - 2]][outcomes[index - 1]]);
                }
            }
            return Arrays.copyOf(rows, count);
        }

        private Word word(int index) {
            if (words[index] == null) {
                words[index] = rowsOf(tokens[index]);
            }
            return words[index];
        }
    }

    private Word rowsOf(String token) {
        Word word = known.get(token);
        if (word == null) {
            word = new Word(token);
            if (known.size() < WORD_LIMIT) {
                known.put(token, word);
            }
        }
        return word;
    }

    /** Forgets every word's rows: what a benchmark of text never seen before starts from. */
    void forget() {
        known.clear();
    }

    /**
     * The rows of one word's own features and of the word as a neighbour; -1 where the model never saw one. Not changed
     * once made (shared between threads).
     */
    private final class Word {
        final int[] affixes;
        final int word;
        final int[] previous = new int[2];
        final int[] next = new int[2];
        final int wordClass;
        final int wordAndClass;

        Word(String token) {
            int affixes = Math.min(AFFIX_LENGTH, token.length());
            this.affixes = new int[2 * affixes];
            for (int i = 0; i < affixes; i++) {
                this.affixes[i] = model.number("suf=", token, Math.max(token.length() - i - 1, 0), token.length());
            }
            for (int i = 0; i < affixes; i++) {
                this.affixes[affixes + i] = model.number("pre=", token, 0, Math.min(i + 1, token.length()));
            }
            String lower = StringUtil.toLowerCase(token);
            word = model.number("w=", lower, 0, lower.length());
            for (int k = 0; k < 2; k++) {
                previous[k] = model.number(PREVIOUS_WORD[k], lower, 0, lower.length());
                next[k] = model.number(NEXT_WORD[k], lower, 0, lower.length());
            }
            String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
            wordClass = model.number("wc=" + tokenClass);
            wordAndClass = model.number("w&c=" + lower + "," + tokenClass);
        }
    }

    private static int add(int[] rows, int count, int row) {
        if (row < 0) {
            return count;
        }
        rows[count] = row;
        return count + 1;
    }
}
