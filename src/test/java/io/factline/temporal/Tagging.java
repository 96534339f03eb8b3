package io.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;

/** Shared fixture for the rule tests: one tagger, a Wednesday publication date, lookup by covered text. */
final class Tagging {

    /** A Wednesday. */
    static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 21);

    private static final TemporalTagger TAGGER = new TemporalTagger();

    private Tagging() {
    }

    static List<Timex> tag(String text) {
        return TAGGER.annotate(text, PUBLISHED);
    }

    static List<Timex> tag(String text, LocalDate reference) {
        return TAGGER.annotate(text, reference);
    }

    /** The timex whose text is exactly {@code covered}; fails listing what was found otherwise. */
    static Timex timex(String text, String covered) {
        return timex(tag(text), covered);
    }

    static Timex timex(List<Timex> found, String covered) {
        return found.stream().filter(t -> t.text().equals(covered)).findFirst()
                .orElseGet(() -> fail("no timex '" + covered + "' in " + found));
    }

    static void assertTimex(String text, String covered, TimexType type, String value) {
        Timex timex = timex(text, covered);
        assertEquals(type, timex.type(), "type of " + timex);
        assertEquals(value, timex.value(), "value of " + timex);
    }

    static void assertDate(String text, String covered, String value) {
        assertTimex(text, covered, TimexType.DATE, value);
    }

    static void assertNothingIn(String text) {
        List<Timex> found = tag(text);
        if (!found.isEmpty()) {
            fail("expected no timex, found " + found);
        }
    }
}
