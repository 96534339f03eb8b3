package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A denial that restates who did what reaches back further than a month ({@link EventMatcher#denies}, s9-scena). */
class RestatedDenialTest {

    private static EventMatcher.Features denial(String theme, Set<Long> participants) {
        return new EventMatcher.Features(2, participants, EventKinds.STATEMENT, Taking.DIVERT, theme, null,
                EdtfDate.parse("2026-03-04"), Set.of(2L));
    }

    private static final EventMatcher.Features TRANSFER = new EventMatcher.Features(1, Set.of(10L, 11L), Taking.DIVERT,
            Taking.DIVERT, "euro", null, EdtfDate.parse("2024-09"), Set.of(1L));

    @Test
    void shouldLinkADenialOfTheSameActOnTheSameKindOfThingByTheSamePersonYearsLater() {
        assertTrue(EventMatcher.denies(denial("fund", Set.of(10L, 12L)), TRANSFER, true));
    }

    @Test
    void shouldKeepTheMonthForARecurringAct() {
        EventMatcher.Features received = new EventMatcher.Features(1, Set.of(10L), EventKinds.TRANSFER, "receive",
                "draft", null, EdtfDate.parse("2024-09"), Set.of(1L));
        EventMatcher.Features denial = new EventMatcher.Features(2, Set.of(10L), EventKinds.STATEMENT, "receive",
                "draft", null, EdtfDate.parse("2026-03-04"), Set.of(2L));

        assertFalse(EventMatcher.denies(denial, received, true));
    }

    @Test
    void shouldKeepTheMonthForADenialThatSharesLess() {
        assertFalse(EventMatcher.denies(denial("car", Set.of(10L)), TRANSFER, true));
        assertFalse(EventMatcher.denies(denial("fund", Set.of(12L)), TRANSFER, true));
    }
}
