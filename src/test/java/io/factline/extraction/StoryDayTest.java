package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryDayTest {

    /** A Saturday, a week and more after the days the texts name. */
    private static final LocalDate SATURDAY = LocalDate.of(2031, 6, 21);

    private static String dateOf(String text, String quoteStart) {
        return ExtractedCandidates.EXTRACTOR.extract(text, SATURDAY).stream()
                .filter(c -> c.quote().startsWith(quoteStart)).findFirst().orElseThrow().date().value();
    }

    @Test
    void shouldCountTheFollowingDayFromTheDayTheSentenceBeforeNamed() {
        String text = "The regulator suspended the airline's licence on June 9. "
                + "Its biggest customer cancelled a leasing contract the following day.";

        assertEquals("2031-06-10", dateOf(text, "Its biggest customer"));
    }

    @Test
    void shouldCountDaysEarlierAndThePreviousEveningFromTheStorysLastDay() {
        String earlier = "The town reopened the bridge on June 12. Three days earlier, inspectors had approved the repairs.";
        String before = "The orchestra played its last concert on June 14. The conductor had resigned the previous evening.";

        assertEquals("2031-06-09", dateOf(earlier, "Three days earlier"));
        assertEquals("2031-06-13", dateOf(before, "The conductor"));
    }

    @Test
    void shouldKeepThePublicationDayWhenTheLastDateNamedWasNoDay() {
        String text = "The plant was built in 2019. The owners will reopen it the following day, a spokesman said.";

        assertEquals("2031-06-22", dateOf(text, "The owners"));
    }

    @Test
    void shouldReadTheOffsetOfEachWording() {
        assertEquals(1, StoryDay.offset("the next morning"));
        assertEquals(-1, StoryDay.offset("the preceding day"));
        assertEquals(0, StoryDay.offset("that same day"));
        assertEquals(3, StoryDay.offset("three days later"));
        assertEquals(-2, StoryDay.offset("2 days earlier"));
        assertNull(StoryDay.offset("next week"));
        assertNull(StoryDay.offset("on Tuesday"));
    }

    @Test
    void shouldLeaveADaySentenceAloneWhenTheSentenceNamedItsOwnDayFirst() {
        StoryDay story = new StoryDay();
        story.recount(List.of(new FoundDate("June 2", 0, 6, io.factline.date.EdtfDate.parse("2031-06-02"))));
        List<FoundDate> own = story.recount(List.of(
                new FoundDate("June 15", 0, 7, io.factline.date.EdtfDate.parse("2031-06-15")),
                new FoundDate("the next day", 30, 42, io.factline.date.EdtfDate.parse("2031-06-16"))));

        assertEquals("2031-06-16", own.get(1).date().value());
    }
}
