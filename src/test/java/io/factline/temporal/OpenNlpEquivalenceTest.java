package io.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The cached tokenizer, the predicate table and the greedy tag decoder (also when asked for a few tags at a time) are
 * speed-ups only: on every sentence of the test fixtures they must give exactly what OpenNLP's own
 * {@code TokenizerME}, {@code GISModel.eval} and {@code BeamSearch} (beam of one) give, and extraction's
 * {@code POSTaggerME} (beam of three) over the table exactly what it gives over the model; the greedy tags are also
 * what that {@code POSTaggerME} gives, so extraction shares them.
 */
class OpenNlpEquivalenceTest {

    private static final List<String> OWN_SENTENCES = List.of(
            "The U.S. envoy said on Jan. 5 that \"talks\" won't resume before mid-2026 (at the earliest).",
            "Shares of Acme Corp. fell 3.5% to $12.40 on Tuesday; the firm's CEO, J. R. Smith, didn't comment.",
            "Officials--speaking on condition of anonymity--said the 1990s-era plant would close by 9:30 p.m.",
            "Visit www.example.org/news?id=7 or e-mail desk@example.org, the agency's spokeswoman said Friday.",
            "'We are ready,' she told reporters. \u201cIt\u2019s over,\u201d he replied \u2014 twice.",
            "Rents in Z\u00fcrich rose 4\u00bd% &amp; the na\u00efve \u6771\u4eac-based fund's (U.S.-listed) units\u2014[sic]"
                    + "\u2014fell?! See p.12ff.");

    private final OpenNlpModels models = OpenNlpModels.get();
    /** The part-of-speech model as OpenNLP reads it, with its own predicate map: the reference. */
    private final POSModel original = OpenNlpModels.readPartsOfSpeech();
    private final NlpPipeline pipeline = new NlpPipeline(models);

    @Test
    void shouldTokenizeExactlyAsTokenizerMe() {
        TokenizerME reference = new TokenizerME(OpenNlpModels.readTokens());
        TokenizerME indexed = new TokenizerME(models.tokens);
        CachedTokenizer cached = new CachedTokenizer(models.tokens);
        for (int pass = 0; pass < 2; pass++) {
            for (String sentence : sentences()) {
                Span[] expected = reference.tokenizePos(sentence);
                assertArrayEquals(expected, indexed.tokenizePos(sentence), sentence);
                assertArrayEquals(reference.getTokenProbabilities(), indexed.getTokenProbabilities(), 0.0, sentence);
                assertArrayEquals(expected, cached.tokenizePos(sentence), sentence);
            }
        }
    }

    @Test
    void shouldEvaluateExactlyAsGisModel() {
        MaxentModel model = original.getArtifact("pos.model");
        IndexedGisModel indexed = IndexedGisModel.of(model);
        POSContextGenerator contexts = original.getFactory().getPOSContextGenerator(1);
        int compared = 0;
        for (String sentence : sentences()) {
            String[] words = words(sentence);
            String[] tags = pipeline.tags(words);
            for (int i = 0; i < words.length; i++) {
                String[] context = contexts.getContext(i, words, java.util.Arrays.copyOf(tags, i), null);
                double[] expected = model.eval(context);
                double[] actual = indexed.eval(context);
                assertArrayEquals(expected, actual, 0.0, sentence);
                assertEquals(model.getBestOutcome(expected), indexed.getBestOutcome(actual), sentence);
                int[] rows = java.util.Arrays.stream(context).mapToInt(indexed::number).filter(row -> row >= 0).toArray();
                assertArrayEquals(expected, indexed.evalNumbers(rows, new double[indexed.getNumOutcomes()]), 0.0,
                        sentence);
                float[] weights = weights(context.length, i);
                assertArrayEquals(model.eval(context, weights), indexed.eval(context, weights), 0.0, sentence);
                compared++;
            }
        }
        assertTrue(compared > 1000, "too few decisions compared: " + compared);
    }

    @Test
    void shouldListTheRowsOfTheFeaturesOpenNlpGenerates() {
        IndexedGisModel indexed = models.tagModel;
        TagFeatures features = new TagFeatures(indexed);
        POSContextGenerator contexts = original.getFactory().getPOSContextGenerator(1);
        int compared = 0;
        for (String sentence : sentences()) {
            String[] words = words(sentence);
            String[] tags = pipeline.tags(words);
            int[] outcomes = new int[tags.length];
            for (int i = 0; i < tags.length; i++) {
                outcomes[i] = indexed.getIndex(tags[i]);
            }
            TagFeatures.Sentence rows = features.sentence(words);
            for (int i = 0; i < words.length; i++) {
                int[] expected = java.util.Arrays.stream(contexts.getContext(i, words, java.util.Arrays.copyOf(tags, i),
                        null)).mapToInt(indexed::number).filter(row -> row >= 0).toArray();
                assertArrayEquals(expected, rows.rows(i, outcomes), sentence + " @" + i);
                compared++;
            }
        }
        assertTrue(compared > 1000, "too few tokens compared: " + compared);
    }

    @Test
    void shouldNameOutcomesAsGisModel() {
        MaxentModel model = original.getArtifact("pos.model");
        IndexedGisModel indexed = IndexedGisModel.of(model);
        assertEquals(model.getNumOutcomes(), indexed.getNumOutcomes());
        for (int i = 0; i < model.getNumOutcomes(); i++) {
            String outcome = model.getOutcome(i);
            assertEquals(outcome, indexed.getOutcome(i));
            assertEquals(model.getIndex(outcome), indexed.getIndex(outcome));
        }
        assertEquals(-1, indexed.getIndex("NOT-A-TAG"));
    }

    /** Feature weights that differ from one feature and one decision to the next (0.25 to 2.0). */
    private static float[] weights(int count, int decision) {
        float[] weights = new float[count];
        for (int i = 0; i < count; i++) {
            weights[i] = 0.25f * (1 + (i + decision) % 8);
        }
        return weights;
    }

    @Test
    void shouldTagExactlyAsBeamSearchOfOne() {
        POSTaggerFactory factory = original.getFactory();
        BeamSearch reference = new BeamSearch(1, original.getArtifact("pos.model"));
        POSContextGenerator contexts = factory.getPOSContextGenerator(1);
        for (String sentence : sentences()) {
            String[] words = words(sentence);
            String[] expected = reference.bestSequence(words, null, contexts, factory.getSequenceValidator())
                    .getOutcomes().toArray(new String[0]);
            assertArrayEquals(expected, pipeline.tags(words), sentence);
        }
    }

    @Test
    void shouldTagWithPosTaggerMeOverTheTableExactlyAsOverTheModel() {
        POSTaggerME reference = new POSTaggerME(original, POSTagFormat.UD);
        POSTaggerME indexed = new POSTaggerME(models.partsOfSpeech, POSTagFormat.UD);
        for (String sentence : sentences()) {
            String[] words = words(sentence);
            assertArrayEquals(reference.tag(words), indexed.tag(words), sentence);
        }
    }

    /**
     * Extraction reads the greedy tags (via {@link TaggedSentence}) where it ran {@code POSTaggerME} with the model's
     * beam of three: OpenNLP's cached feature generator serves every sequence at a position the features of the first
     * (best) one, so the beam's best sequence is the greedy one.
     */
    @Test
    void shouldTagAsPosTaggerMeWithItsBeamOfThree() {
        POSTaggerME reference = new POSTaggerME(original, POSTagFormat.UD);
        for (String sentence : sentences()) {
            String[] words = words(sentence);
            assertArrayEquals(reference.tag(words), pipeline.tags(words), sentence);
            assertArrayEquals(reference.tag(words), TaggedSentence.of(sentence).tags(), sentence);
        }
    }

    @Test
    void shouldShareOneAnalysisOfTheSameSentence() {
        String sentence = OWN_SENTENCES.get(1);
        TaggedSentence first = TaggedSentence.of(sentence);
        String firstTag = first.tags.get(0);
        TaggedSentence again = TaggedSentence.of(new String(sentence.toCharArray()));
        assertSame(first, again);
        assertEquals(firstTag, again.tags()[0]);
        assertArrayEquals(pipeline.tokens(sentence), again.spans());
        assertArrayEquals(words(sentence), again.words());
        assertNotSame(first, TaggedSentence.of(OWN_SENTENCES.get(2)));
    }

    @Test
    void shouldTagOnDemandAsForTheWholeSentence() {
        List<String> sentences = sentences();
        for (int s = 0; s + 1 < sentences.size(); s++) {
            String[] first = words(sentences.get(s));
            String[] second = words(sentences.get(s + 1));
            NlpPipeline.Tags firstTags = pipeline.tagsOnDemand(first);
            NlpPipeline.Tags secondTags = pipeline.tagsOnDemand(second);
            String[] firstAsked = new String[first.length];
            String[] secondAsked = new String[second.length];
            for (int i = 0; i < Math.max(first.length, second.length); i++) {
                // the middle word first, then the others, alternating between two sentences
                int a = (i + first.length / 2) % Math.max(1, first.length);
                if (i < first.length) {
                    firstAsked[a] = firstTags.get(a);
                }
                if (i < second.length) {
                    secondAsked[i] = secondTags.get(i);
                }
            }
            assertArrayEquals(pipeline.tags(first), firstAsked, sentences.get(s));
            assertArrayEquals(pipeline.tags(second), secondAsked, sentences.get(s + 1));
        }
    }

    private String[] words(String sentence) {
        Span[] spans = pipeline.tokens(sentence);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(sentence).toString();
        }
        return words;
    }

    /** Every sentence of the benchmark stories and the article fixtures, and a few with awkward punctuation. */
    private List<String> sentences() {
        List<String> sentences = new ArrayList<>(OWN_SENTENCES);
        for (Path file : fixtures()) {
            String text = read(file);
            for (Span sentence : pipeline.sentences(text)) {
                sentences.add(sentence.getCoveredText(text).toString());
            }
        }
        return sentences;
    }

    private static List<Path> fixtures() {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/test/resources/bench")),
                Files.walk(Path.of("src/test/resources/articles")))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
