package io.factline.extraction;

import io.factline.temporal.TemporalTagger;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CPU time per article of the extraction pipeline alone (no database), on one thread, measured with thread CPU
 * time so that the figure stays meaningful on a machine shared with other work. Arguments: a file of articles, one
 * a line, {@code yyyy-mm-dd TAB text} with {@code \n}, {@code \t} and {@code \\} escaped; the number of rounds; and
 * optionally a file to write every candidate to (the first round's), to compare two versions' output.
 */
public final class ExtractionThroughput {

    private ExtractionThroughput() {
    }

    public static void main(String[] args) throws Exception {
        List<LocalDate> days = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            days.add(LocalDate.parse(line.substring(0, tab)));
            texts.add(unescape(line.substring(tab + 1)));
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        EventExtractor extractor = new EventExtractor(Nlp.english(), new DateFinder(new TemporalTagger()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            List<String> out = new ArrayList<>();
            long started = threads.getCurrentThreadCpuTime();
            int candidates = 0;
            for (int i = 0; i < texts.size(); i++) {
                List<EventCandidate> found = extractor.extract(texts.get(i), days.get(i), Map.of());
                candidates += found.size();
                if (round == 1 && args.length > 2) {
                    out.add("# article " + i);
                    found.forEach(c -> out.add(c.toString()));
                }
            }
            double millis = (threads.getCurrentThreadCpuTime() - started) / 1e6;
            System.out.printf("round %2d: %d articles, %d candidates, %.2f ms of CPU per article%n", round,
                    texts.size(), candidates, millis / texts.size());
            if (round == 1 && args.length > 2) {
                try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
                    out.forEach(writer::println);
                }
            }
        }
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
