package io.factline.temporal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models (sentence detector, tokenizer, part-of-speech tagger), read once from the classpath.
 * Model objects are immutable and shared between threads; the ME classes that use them are not (see {@link NlpPipeline}).
 * The extraction pipeline uses the same instances, so each model is in memory once.
 */
public final class OpenNlpModels {

    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String POS_MODEL_ENTRY = "pos.model";

    public final SentenceModel sentences;
    /** The token model over an {@link IndexedGisModel} table; the one read from disk is not kept. */
    public final TokenizerModel tokens;
    /** The learnt tokenizer with its per-chunk memory, shared by every thread and by extraction. */
    public final CachedTokenizer tokenizer;
    /** The part-of-speech model's predicate table (see {@link IndexedGisModel}). */
    final IndexedGisModel tagModel;
    /**
     * The part-of-speech model over {@link #tagModel}, for its factory (context generator, tag validator) and for
     * {@code POSTaggerME} (the equivalence tests' reference for the greedy tags that extraction reads too): the same
     * tags as the model read from disk ({@link #readPartsOfSpeech()}), faster. The model read from disk is not kept:
     * its predicate map would hold the predicates a second time.
     */
    public final POSModel partsOfSpeech;
    public final Duration loadTime;

    /** Reads the models anew; use {@link #get()} except to measure loading. */
    OpenNlpModels() {
        long started = System.nanoTime();
        try {
            sentences = new SentenceModel(open(SENTENCE_MODEL));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP models", e);
        }
        TokenizerModel readTokens = readTokens();
        // The factory loads the abbreviations lazily and hands the copy only what it has loaded.
        readTokens.getAbbreviations();
        tokens = new TokenizerModel(IndexedGisModel.of(readTokens.getMaxentModel()), new HashMap<>(),
                readTokens.getFactory());
        tokenizer = new CachedTokenizer(tokens);
        POSModel read = readPartsOfSpeech();
        tagModel = IndexedGisModel.of(read.getArtifact(POS_MODEL_ENTRY));
        partsOfSpeech = new POSModel(read.getLanguage(), tagModel, beamSize(read), new HashMap<>(), read.getFactory());
        loadTime = Duration.ofNanos(System.nanoTime() - started);
    }

    /** The shared models, loaded on first use (initialisation-on-demand holder, thread-safe). */
    public static OpenNlpModels get() {
        return Holder.INSTANCE;
    }

    /** The token model as OpenNLP reads it from the classpath, a new instance each call. */
    static TokenizerModel readTokens() {
        try {
            return new TokenizerModel(open(TOKEN_MODEL));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP models", e);
        }
    }

    /** The part-of-speech model as OpenNLP reads it from the classpath, a new instance each call. */
    static POSModel readPartsOfSpeech() {
        try {
            return new POSModel(open(POS_MODEL));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP models", e);
        }
    }

    private static int beamSize(POSModel model) {
        String size = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        return size == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(size);
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model not on classpath: " + resource);
        }
        return in;
    }

    private static final class Holder {
        static final OpenNlpModels INSTANCE = new OpenNlpModels();
    }
}
