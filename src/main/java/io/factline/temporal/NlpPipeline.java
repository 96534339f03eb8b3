package io.factline.temporal;

import java.util.Arrays;

import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * Sentence splitting, tokenisation and Universal Dependencies part-of-speech tags from OpenNLP.
 * The ME classes keep per-call state, so each thread gets its own instances over the shared models.
 * <p>
 * Tags are decoded greedily (a beam of one) with the model's own features and tag validator, where
 * {@code POSTaggerME} keeps the three best sequences: with this model the result is the same (OpenNLP's cached feature
 * generator gives every sequence in the beam the features of the best one; see {@link TaggedSentence}), and greedy
 * decoding costs about a third.
 * The decoder is OpenNLP's {@code BeamSearch} with a beam of one written out (same choice, same tie-breaking), over
 * the model's {@link IndexedGisModel predicate table} with the features' rows from {@link TagFeatures}; tokens come
 * from the {@link CachedTokenizer}.
 */
final class NlpPipeline {

    /** {@code BeamSearch}'s floor for a sequence's log-probability. */
    private static final double MIN_SEQUENCE_SCORE = -100_000;
    /** Sums closer than this to the highest are left to {@code BeamSearch}'s arithmetic ({@link #clearBest}). */
    private static final double NEAR = 1e-9;
    /** Sums beyond this leave {@link StrictMath#exp}'s normal range. */
    private static final double SAFE_EXPONENT = 700;

    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final CachedTokenizer tokenizer;
    private final TagFeatures tagFeatures;
    private final IndexedGisModel tagModel;
    private final SequenceValidator<String> tagValidator;
    /**
     * Steps decoded from the sums alone before a sentence's score must be kept: each such step takes the most
     * probable tag, of probability at least one over the number of tags, so the score stays far above
     * {@link #MIN_SEQUENCE_SCORE} for this many tokens.
     */
    private final int fastSteps;
    /** The sentence this thread analysed last: extraction reads right after the engine (see {@link TaggedSentence}). */
    private final ThreadLocal<TaggedSentence> lastAnalysed = new ThreadLocal<>();

    NlpPipeline(OpenNlpModels models) {
        sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentences));
        tokenizer = models.tokenizer;
        POSTaggerFactory factory = models.partsOfSpeech.getFactory();
        tagModel = models.tagModel;
        tagValidator = factory.getSequenceValidator();
        tagFeatures = new TagFeatures(tagModel);
        fastSteps = (int) (-MIN_SEQUENCE_SCORE / 2 / Math.log(tagModel.getNumOutcomes()));
    }

    /** The pipeline over the shared models that the temporal engine and extraction use together. */
    static NlpPipeline shared() {
        return Shared.INSTANCE;
    }

    /** Forgets the words' remembered tag feature rows ({@link TagFeatures}), as for text never seen before. */
    void forgetWords() {
        tagFeatures.forget();
    }

    Span[] sentences(String text) {
        return sentenceDetector.get().sentPosDetect(text);
    }

    Span[] tokens(String sentence) {
        return tokenizer.tokenizePos(sentence);
    }

    /** The tokens of {@code sentence} with their tags on demand; the same instance again for the same text. */
    TaggedSentence analyse(String sentence) {
        TaggedSentence last = lastAnalysed.get();
        if (last != null && last.text.equals(sentence)) {
            return last;
        }
        TaggedSentence analysed = new TaggedSentence(sentence, tokens(sentence), this);
        lastAnalysed.set(analysed);
        return analysed;
    }

    /** All tags of the tokens. */
    String[] tags(String[] tokens) {
        return tagsOnDemand(tokens).all();
    }

    /**
     * Tags decoded only as far as they are asked for: decoding runs left to right and a token's tag depends on the
     * tokens around it and the tags before it, so the tags of a sentence's first words come out exactly as they would
     * for the whole sentence, and the words after the last one a reader asks about are never tagged.
     */
    Tags tagsOnDemand(String[] tokens) {
        return new Tags(tokens);
    }

    /**
     * The part-of-speech tags of one sentence's tokens, decoded on demand; for one thread.
     * <p>
     * Each step takes the model's sums for the token ({@link IndexedGisModel#logits}) and, when one outcome's sum is
     * clearly the highest (or several share it exactly), the first valid one of them ({@link #clearBest}): that is
     * {@code BeamSearch}'s choice, since exponentiating and dividing by one total keeps the order of sums that differ
     * by more than rounding, so the step needs neither the exponentials nor the logarithm. Otherwise (sums within
     * rounding of the highest, none of the highest valid, a sentence long enough for the sequence's score to near
     * {@code BeamSearch}'s floor) the step runs {@code BeamSearch}'s arithmetic, with the sequence's score worked out
     * from the sums kept of the steps before, as {@code BeamSearch} adds it up, and so do the steps after it.
     */
    final class Tags {

        private final String[] tokens;
        private final String[] tags;
        private final TagFeatures.Sentence features;
        private final int[] outcomes;
        /** Each decoded token's sums, for the score when a later step needs it. */
        private final double[][] sums;
        private int decoded;
        /** The sequence's score over the first {@link #scored} tokens. */
        private double score;
        private int scored;
        private boolean exact;

        private Tags(String[] tokens) {
            this.tokens = tokens;
            this.tags = new String[tokens.length];
            this.features = tagFeatures.sentence(tokens);
            this.outcomes = new int[tokens.length];
            this.sums = new double[tokens.length][];
        }

        int length() {
            return tags.length;
        }

        String get(int i) {
            while (decoded <= i) {
                decodeNext();
            }
            return tags[i];
        }

        String[] all() {
            if (tags.length > 0) {
                get(tags.length - 1);
            }
            return tags.clone();
        }

        private void decodeNext() {
            int i = decoded;
            // OpenNLP's DefaultPOSSequenceValidator reads only the token: a copy of the tags before each token
            // for it made tagging quadratic in the sentence's length (40,000 brackets in one sentence: 1.4 s)
            String[] previous = tagValidator instanceof DefaultPOSSequenceValidator ? tags : Arrays.copyOf(tags, i);
            sums[i] = tagModel.logits(features.rows(i, outcomes), new double[tagModel.getNumOutcomes()]);
            int best = exact || i >= fastSteps ? -1 : clearBest(sums[i], i, tokens, previous);
            if (best < 0) {
                exact = true;
                scoreBefore(i);
                double[] probabilities = tagModel.normalize(sums[i].clone());
                best = best(probabilities, i, tokens, previous, score, true);
                if (best < 0) {
                    best = best(probabilities, i, tokens, previous, score, false);
                }
                if (best < 0) {
                    throw new IllegalStateException("no valid tag for token " + i + " of " + Arrays.toString(tokens));
                }
                score += StrictMath.log(probabilities[best]);
                scored = i + 1;
            }
            tags[i] = tagModel.getOutcome(best);
            outcomes[i] = best;
            decoded++;
        }

        /** Brings the score up to the tokens before {@code i}, as {@code BeamSearch} adds it up. */
        private void scoreBefore(int i) {
            for (; scored < i; scored++) {
                score += StrictMath.log(tagModel.normalize(sums[scored].clone())[outcomes[scored]]);
            }
        }
    }

    /**
     * The first valid outcome among those of the highest sum, or -1 when the step needs {@code BeamSearch}'s
     * arithmetic: a sum within {@link #NEAR} of the highest (exponentials that close may round to the same value, and
     * {@code BeamSearch} then takes the first), none of the highest valid, or sums whose exponentials would overflow
     * or underflow. Sums further apart than {@link #NEAR} keep their order through {@link StrictMath#exp} (less than
     * an ulp off) and the division by one total, so the highest sums are exactly the outcomes of the highest
     * probability.
     */
    private int clearBest(double[] sums, int i, String[] tokens, String[] previous) {
        double top = Double.NEGATIVE_INFINITY;
        for (double sum : sums) {
            if (Double.isNaN(sum)) {
                return -1;
            }
            top = Math.max(top, sum);
        }
        if (top < -SAFE_EXPONENT || top > SAFE_EXPONENT) {
            return -1;
        }
        for (double sum : sums) {
            if (sum != top && sum > top - NEAR) {
                return -1;
            }
        }
        for (int o = 0; o < sums.length; o++) {
            if (sums[o] == top && tagValidator.validSequence(i, tokens, previous, tagModel.getOutcome(o))) {
                return o;
            }
        }
        return -1;
    }

    /**
     * {@code BeamSearch}'s step for a beam of one: the valid outcome of highest probability among those as probable
     * as the best ({@code onlyTop}), or, when none of those is valid, among all; the first wins a tie.
     */
    private int best(double[] probabilities, int i, String[] tokens, String[] previous, double score,
            boolean onlyTop) {
        double top = Double.NEGATIVE_INFINITY;
        for (double probability : probabilities) {
            top = Math.max(top, probability);
        }
        int best = -1;
        double bestScore = 0;
        for (int o = 0; o < probabilities.length; o++) {
            if (onlyTop && probabilities[o] < top
                    || !tagValidator.validSequence(i, tokens, previous, tagModel.getOutcome(o))) {
                continue;
            }
            double candidate = score + StrictMath.log(probabilities[o]);
            if (candidate > MIN_SEQUENCE_SCORE && (best < 0 || candidate > bestScore)) {
                best = o;
                bestScore = candidate;
            }
        }
        return best;
    }

    private static final class Shared {
        static final NlpPipeline INSTANCE = new NlpPipeline(OpenNlpModels.get());
    }
}
