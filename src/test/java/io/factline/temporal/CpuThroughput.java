package io.factline.temporal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Characters per CPU-second of the engine on one thread, measured with thread CPU time so that the figure stays
 * meaningful on a machine shared with other work (JMH reports wall-clock throughput). Arguments: text files to
 * annotate (default: the benchmark story); each round annotates all of them.
 */
public final class CpuThroughput {

    private static final int ROUNDS = 12;
    private static final long MIN_ROUND_NANOS = 500_000_000L;

    private CpuThroughput() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        if (args.length == 0) {
            texts.add(TemporalTaggerBenchmark.DOCUMENT);
        }
        for (String file : args) {
            texts.add(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        }
        long characters = texts.stream().mapToLong(String::length).sum();
        TemporalTagger tagger = new TemporalTagger();
        LocalDate published = LocalDate.of(2026, 1, 21);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= ROUNDS; round++) {
            long started = threads.getCurrentThreadCpuTime();
            long passes = 0;
            do {
                for (String text : texts) {
                    tagger.annotate(text, published);
                }
                passes++;
            } while (threads.getCurrentThreadCpuTime() - started < MIN_ROUND_NANOS);
            double seconds = (threads.getCurrentThreadCpuTime() - started) / 1e9;
            System.out.printf("round %2d: %d documents, %d characters, %.0f documents/CPU-s, %.0f characters/CPU-s%n",
                    round, texts.size(), characters, passes * texts.size() / seconds, passes * characters / seconds);
        }
    }
}
