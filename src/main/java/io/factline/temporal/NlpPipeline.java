package io.factline.temporal;

import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentence splitting, tokenisation and Universal Dependencies part-of-speech tags from OpenNLP.
 * The ME classes keep per-call state, so each thread gets its own instances over the shared models.
 */
final class NlpPipeline {

    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;

    NlpPipeline(OpenNlpModels models) {
        sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentences));
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(models.tokens));
        tagger = ThreadLocal.withInitial(() -> new POSTaggerME(models.partsOfSpeech, POSTagFormat.UD));
    }

    Span[] sentences(String text) {
        return sentenceDetector.get().sentPosDetect(text);
    }

    Span[] tokens(String sentence) {
        return tokenizer.get().tokenizePos(sentence);
    }

    String[] tags(String[] tokens) {
        return tagger.get().tag(tokens);
    }
}
