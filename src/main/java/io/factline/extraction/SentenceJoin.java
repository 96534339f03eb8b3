package io.factline.extraction;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Joins sentence spans the sentence detector cut at an abbreviation's full stop: each rule
 * ({@link AbbreviatedMonth}, {@link ClockAbbreviation}) says which cut is no sentence end, given the
 * text before the cut and the first character after it.
 */
final class SentenceJoin {

    /** Whether the cut between a sentence ending in {@code before} and one starting with {@code next} is none. */
    @FunctionalInterface
    interface FalseEnd {
        boolean test(String before, char next);
    }

    private SentenceJoin() {
    }

    /** The sentence spans of {@code line}, each false end joined to the span after it. */
    static Span[] join(String line, Span[] spans, FalseEnd falseEnd) {
        if (spans.length < 2) {
            return spans;
        }
        List<Span> joined = new ArrayList<>();
        Span current = spans[0];
        for (int i = 1; i < spans.length; i++) {
            Span next = spans[i];
            if (falseEnd.test(line.substring(current.getStart(), current.getEnd()), line.charAt(next.getStart()))) {
                current = new Span(current.getStart(), next.getEnd());
            } else {
                joined.add(current);
                current = next;
            }
        }
        joined.add(current);
        return joined.size() == spans.length ? spans : joined.toArray(Span[]::new);
    }
}
