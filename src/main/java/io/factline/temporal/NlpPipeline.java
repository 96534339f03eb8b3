package io.factline.temporal;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * Sentence splitting, tokenisation and Universal Dependencies part-of-speech tags from OpenNLP.
 * The ME classes keep per-call state, so each thread gets its own instances over the shared models.
 * <p>
 * Tags are decoded greedily (a beam of one) with the model's own context generator and tag validator, where
 * {@code POSTaggerME} keeps the three best sequences: the tags only feed the tense of a clause (is there a verb, an
 * auxiliary, a past form), which the wider beam does not change in practice, and greedy decoding costs about a third.
 */
final class NlpPipeline {

    private static final String POS_MODEL_ENTRY = "pos.model";

    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSContextGenerator> tagContext;
    private final SequenceClassificationModel tagSequence;
    private final SequenceValidator<String> tagValidator;

    NlpPipeline(OpenNlpModels models) {
        sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentences));
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(models.tokens));
        POSTaggerFactory factory = models.partsOfSpeech.getFactory();
        MaxentModel tagModel = models.partsOfSpeech.getArtifact(POS_MODEL_ENTRY);
        tagSequence = new BeamSearch(1, tagModel);
        tagValidator = factory.getSequenceValidator();
        tagContext = ThreadLocal.withInitial(() -> factory.getPOSContextGenerator(1));
    }

    Span[] sentences(String text) {
        return sentenceDetector.get().sentPosDetect(text);
    }

    Span[] tokens(String sentence) {
        return tokenizer.get().tokenizePos(sentence);
    }

    String[] tags(String[] tokens) {
        return tagSequence.bestSequence(tokens, null, tagContext.get(), tagValidator).getOutcomes()
                .toArray(new String[0]);
    }
}
