package io.factline.temporal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import opennlp.tools.util.Span;

/**
 * Throughput of the temporal engine on news stories written for this benchmark (src/test/resources/bench):
 * {@code dense} is one story with a date in almost every sentence, {@code typical} three stories with the density
 * of ordinary news (a date or duration in about one sentence in four). {@code annotate} is the whole engine
 * (sentence splitting, tagging where tense matters, all rules), {@code annotateFirstSight} the same on text
 * whose words the tokenizer has not seen; the other benchmarks isolate its parts. Each
 * throughput benchmark counts documents and characters ({@code documents} and {@code characters} counters; the
 * score is operations, one operation being the whole set). Run with {@code ./mvnw -Pbench clean test-compile exec:exec}
 * (clean, so the JMH annotation processor sees the class).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class TemporalTaggerBenchmark {

    static final String DOCUMENT = read("/bench/news-sample.txt");
    static final List<String> TYPICAL = List.of(read("/bench/news-council.txt"), read("/bench/news-trade.txt"),
            read("/bench/news-storm.txt"));
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 21);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Param({"dense", "typical"})
    public String corpus;

    private List<String> documents;
    private int characters;
    private TemporalTagger tagger;
    private NlpPipeline pipeline;

    @Setup(Level.Trial)
    public void setUp() {
        long started = System.nanoTime();
        tagger = new TemporalTagger();
        pipeline = new NlpPipeline(OpenNlpModels.get());
        documents = corpus.equals("dense") ? List.of(DOCUMENT) : TYPICAL;
        characters = documents.stream().mapToInt(String::length).sum();
        System.out.printf("%nmodel load %d ms (first use %d ms), %s: %d documents, %d characters%n",
                TemporalTagger.modelLoadTime().toMillis(), (System.nanoTime() - started) / 1_000_000, corpus,
                documents.size(), characters);
    }

    /**
     * Counts the documents and characters processed and the CPU time the benchmark thread spent, reported by JMH as
     * rates next to the score. On a machine shared with other work the wall-clock rates understate the engine;
     * characters per CPU-second = {@code characters} / ({@code cpuMicros} / 1,000,000).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long characters;
        public long documents;
        public long cpuMicros;
    }

    @Benchmark
    public int annotate(Counters counter) {
        long started = THREADS.getCurrentThreadCpuTime();
        int found = 0;
        for (String document : documents) {
            found += tagger.annotate(document, PUBLISHED).size();
        }
        count(counter, started);
        return found;
    }

    /**
     * {@link #annotate} on text the engine has never seen: the tokenizer's memory of chunks and the tagger's of
     * words are emptied before every pass (outside the CPU time counted), as for a stream of new stories.
     */
    @Benchmark
    public int annotateFirstSight(Counters counter) {
        OpenNlpModels.get().tokenizer.forget();
        NlpPipeline.shared().forgetWords();
        return annotate(counter);
    }

    @Benchmark
    public int sentencesOnly(Counters counter) {
        long started = THREADS.getCurrentThreadCpuTime();
        int sentences = 0;
        for (String document : documents) {
            sentences += pipeline.sentences(document).length;
        }
        count(counter, started);
        return sentences;
    }

    /** What tagging every sentence would cost; the engine tags only sentences whose expressions need a tense. */
    @Benchmark
    public int tokensAndTagsForEverySentence(Counters counter) {
        long started = THREADS.getCurrentThreadCpuTime();
        int tags = 0;
        for (String document : documents) {
            for (Span sentence : pipeline.sentences(document)) {
                String text = sentence.getCoveredText(document).toString();
                Span[] tokens = pipeline.tokens(text);
                String[] words = new String[tokens.length];
                for (int i = 0; i < tokens.length; i++) {
                    words[i] = tokens[i].getCoveredText(text).toString();
                }
                tags += pipeline.tags(words).length;
            }
        }
        count(counter, started);
        return tags;
    }

    private void count(Counters counter, long cpuStarted) {
        counter.characters += characters;
        counter.documents += documents.size();
        counter.cpuMicros += (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1000;
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
