package io.factline.temporal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import opennlp.tools.util.Span;

/**
 * Throughput of the temporal engine on a news story written for this benchmark (src/test/resources/bench).
 * {@code annotate} is the whole engine (sentence splitting, tagging where tense matters, all rules); the other
 * benchmarks isolate its parts. Each throughput benchmark counts documents (the score) and characters (the
 * {@code characters} counter). Run with {@code ./mvnw -Pbench test-compile exec:exec}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class TemporalTaggerBenchmark {

    static final String DOCUMENT = read("/bench/news-sample.txt");
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 21);

    private TemporalTagger tagger;
    private NlpPipeline pipeline;

    @Setup(Level.Trial)
    public void setUp() {
        long started = System.nanoTime();
        tagger = new TemporalTagger();
        pipeline = new NlpPipeline(OpenNlpModels.get());
        System.out.printf("%nmodel load %d ms (first use %d ms), document %d characters%n",
                TemporalTagger.modelLoadTime().toMillis(), (System.nanoTime() - started) / 1_000_000,
                DOCUMENT.length());
    }

    /** Counts the characters processed, reported by JMH next to documents per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Characters {
        public long characters;
    }

    @Benchmark
    public List<Timex> annotate(Characters counter) {
        counter.characters += DOCUMENT.length();
        return tagger.annotate(DOCUMENT, PUBLISHED);
    }

    @Benchmark
    public Span[] sentencesOnly(Characters counter) {
        counter.characters += DOCUMENT.length();
        return pipeline.sentences(DOCUMENT);
    }

    /** What tagging every sentence would cost; the engine tags only sentences whose expressions need a tense. */
    @Benchmark
    public int tokensAndTagsForEverySentence(Characters counter) {
        counter.characters += DOCUMENT.length();
        int tags = 0;
        for (Span sentence : pipeline.sentences(DOCUMENT)) {
            String text = sentence.getCoveredText(DOCUMENT).toString();
            Span[] tokens = pipeline.tokens(text);
            String[] words = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                words[i] = tokens[i].getCoveredText(text).toString();
            }
            tags += pipeline.tags(words).length;
        }
        return tags;
    }

    /** Reading the three OpenNLP models from the classpath (what the first request pays). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 5)
    public Object loadModels() {
        return new OpenNlpModels();
    }

    private static String read(String resource) {
        try (InputStream in = TemporalTaggerBenchmark.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
