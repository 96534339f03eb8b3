package io.factline.temporal;

import static io.factline.temporal.Tagging.assertDate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates that point ahead of a past-tense verb (published on Wednesday 21 January 2026 unless said otherwise). */
class ForwardFrameTest {

    /** A Wednesday in mid-September. */
    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 16);

    @Test
    void shouldPutTheDateSomethingWasCalledOrSetForAhead() {
        assertDate("The dockers' union called a fresh walkout for Monday.", "Monday", "2026-01-26");
        assertDate("Organisers have called yet another march for Saturday.", "Saturday", "2026-01-24");
        assertDate("The magistrate set the bail hearing for Friday.", "Friday", "2026-01-23");
        assertDate("The party convened its council for Thursday to pick a leader.", "Thursday", "2026-01-22");
    }

    @Test
    void shouldPutTheDateSomethingWasMovedOrPutOffToAhead() {
        assertDate("Council budget vote moved to Thursday", "Thursday", "2026-01-22");
        assertDate("The league pushed the cup final back to Sunday after the storm.", "Sunday", "2026-01-25");
        assertDate("Senators put off the debate on the treaty till Tuesday.", "Tuesday", "2026-01-27");
        assertDate("The regulator extended the consultation to March.", "March", "2026-03");
    }

    @Test
    void shouldPutAnOccasionCalledOrSetByItsDateAhead() {
        assertDate("The tenants' group called a Saturday rally outside the town hall.", "Saturday", "2026-01-24");
        assertDate("The ministry set a Friday deadline for the tenders.", "Friday", "2026-01-23");
        assertDate("The sprinter set a Friday best of 10.1 seconds.", "Friday", "2026-01-16");
    }

    @Test
    void shouldKeepReportsAndPastPerfectPlansInThePast() {
        assertDate("The chain announced a loss for Friday, its worst day in years.", "Friday", "2026-01-16");
        assertDate("The union called for calm on Monday.", "Monday", "2026-01-19");
        assertDate("The count had been moved to Monday, and it ended that night.", "Monday", "2026-01-19");
    }

    @Test
    void shouldTakeTheNearerOccurrenceOfAnOccasionWaitedFor() {
        assertDateOn(SEPTEMBER, "Depositors asked why the bank had not waited for its usual October meeting.", "October",
                "2026-10");
        assertDateOn(SEPTEMBER, "The bank cut its rate in July, ahead of its August meeting.", "August", "2026-08");
        assertDate("Importers rushed cargo through ahead of the Friday deadline.", "Friday", "2026-01-23");
        assertDate("Importers rushed cargo through ahead of the Monday deadline.", "Monday", "2026-01-19");
    }

    @Test
    void shouldLeaveAWaitedForDateWithoutAnOccasionToTheTense() {
        assertDateOn(SEPTEMBER, "The bank cut its rate before its members voted in October.", "October", "2025-10");
    }

    private static void assertDateOn(LocalDate published, String text, String covered, String value) {
        Timex timex = Tagging.timex(Tagging.tag(text, published), covered);
        assertEquals(value, timex.value(), "value of " + timex);
    }
}
