package io.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class TemporalTaggerTest {

    private static final String STORY = """
            The envoy flew to the capital on Tuesday and will meet the president on Thursday.
            Talks broke down last month after almost four years of on-and-off negotiation.

            A second round is planned for the third week of February, officials said Monday.""";

    @Test
    void shouldGiveOffsetsThatCoverTheText() {
        List<Timex> found = Tagging.tag(STORY);
        assertTrue(found.size() >= 5, found.toString());
        for (Timex timex : found) {
            assertEquals(timex.text(), STORY.substring(timex.begin(), timex.end()));
        }
    }

    @Test
    void shouldReturnExpressionsInTextOrderWithoutOverlap() {
        List<Timex> found = Tagging.tag(STORY);
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).end() <= found.get(i).begin(), found.toString());
        }
    }

    @Test
    void shouldAcceptDateTimeReference() {
        TemporalTagger tagger = new TemporalTagger();
        List<Timex> found = tagger.annotate("The vote was held yesterday.", OffsetDateTime.parse("2026-01-21T18:30:00+01:00"));
        assertEquals("2026-01-20", found.get(0).value());
    }

    @Test
    void shouldReturnNothingForEmptyText() {
        assertTrue(Tagging.tag("").isEmpty());
    }

    @Test
    void shouldReportModelLoadTime() {
        assertTrue(TemporalTagger.modelLoadTime().toNanos() > 0);
    }

    @Test
    void shouldNotReadQuotedTitlesAsTimes() {
        assertTrue(Tagging.tag("The minister spoke on the radio show \"Good Morning Valley\" about rents.").isEmpty());
        assertTrue(Tagging.tag("She reviewed the play ``Late Night Visitors'' for the paper.").isEmpty());
        Tagging.assertDate("``Today we open the new wing,'' the director said.", "Today", "2026-01-21");
        Tagging.assertTimex("Polls will open early on Election Day.", "Election Day", TimexType.DATE, "2026-11-03");
    }

    @Test
    void shouldTakeTenseOfVerblessFragmentFromTheNextSentence() {
        String text = "In March, a month after the Smith vs. Jones ruling, the river flooded the town.";
        List<Timex> found = Tagging.tag(text);
        assertEquals("March", found.get(0).text());
        assertEquals("2025-03", found.get(0).value());
    }
}
