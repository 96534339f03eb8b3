package io.factline.extraction;

import io.factline.date.EdtfDate;
import io.factline.date.Precision;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * A headline that restates a sentence of its own article ("Sorensen and Karimi summit set for
 * Friday" over "Sorensen will meet Karimi in Valmora on Friday, a spokesman said") is no report of
 * its own: the body's sentence, with its source and its names, is the article's claim. Kept, the
 * headline's claim would reach a stored event first, and the body's sentence, finding a claim of
 * its own article there, would become a second event (one article does not contradict itself).
 * The headline is the article's first line when it does not end like a sentence; it restates a
 * candidate of the body with the same date (or the same weekday a week away) and a shared name, the same action or the same kind of
 * happening (other than a statement).
 */
final class HeadlineRestatement {

    private static final long WEEK = 7;
    private static final Set<Character> SENTENCE_ENDS = Set.of('.', '!', '?', '"', '\'');

    private HeadlineRestatement() {
    }

    /** Whether the sentence is the article's headline: its first line, not ended like a sentence. */
    static boolean headline(Sentence sentence) {
        String text = sentence.text().strip();
        return sentence.paragraph() == 1 && !text.isEmpty() && !SENTENCE_ENDS.contains(text.charAt(text.length() - 1));
    }

    /** The candidates without those of the headline at {@code [begin, end)} that a body candidate restates. */
    static List<EventCandidate> drop(List<EventCandidate> candidates, int begin, int end) {
        return candidates.stream()
                .filter(c -> !(c.quoteBegin() >= begin && c.quoteEnd() <= end && restated(c, candidates, end)))
                .toList();
    }

    /**
     * The same day, or the same weekday a week apart: a headline without a verb ("Pension vote on
     * Thursday, speaker says") does not tell which Thursday, and may resolve it backwards where
     * its body's "will vote on Thursday" says the coming one.
     */
    private static boolean sameDay(EventCandidate head, EventCandidate body) {
        EdtfDate a = head.date();
        EdtfDate b = body.date();
        if (a.value().equals(b.value())) {
            return true;
        }
        return a.precision() == Precision.DAY && b.precision() == Precision.DAY && a.start() != null && b.start() != null
                && Math.abs(ChronoUnit.DAYS.between(a.start(), b.start())) == WEEK;
    }

    private static boolean restated(EventCandidate head, List<EventCandidate> candidates, int headlineEnd) {
        return candidates.stream().filter(c -> c.quoteBegin() >= headlineEnd).anyMatch(body ->
                sameDay(head, body)
                        && (body.participantNames().stream().anyMatch(head.participantNames()::contains)
                        || body.action().equals(head.action())
                        || !EventKinds.STATEMENT.equals(head.kind()) && head.kind().equals(body.kind())
                        && EventKinds.known(head.kind())));
    }
}
