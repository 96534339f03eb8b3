package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an opened inquiry looks into keeps one body's two inquiries of a week apart (s14-split). */
class InquiryObjectTest {

    /** A Thursday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 5, 14);
    private static final long BUREAU = 7L;

    private static EventMatcher.Features inquiry(long id, String theme, String date, long article) {
        return new EventMatcher.Features(id, Set.of(BUREAU), InquiryOpened.KIND, InquiryOpened.ACTION, theme, null,
                EdtfDate.parse(date), Set.of(article));
    }

    @Test
    void shouldTakeWhatTheInquiryLooksIntoAsItsObject() {
        EventCandidate opened = ExtractedCandidates.only(
                "The watchdog opened an investigation into the collapse of the footbridge on Wednesday.", REFERENCE);

        assertEquals(InquiryOpened.ACTION, opened.action());
        assertEquals("collapse", opened.theme());
    }

    @Test
    void shouldLookPastATimeBetweenTheInquiryAndWhatItLooksInto() {
        EventCandidate opened = ExtractedCandidates.only(
                "The regulator opened an inquiry on Tuesday into the failure of the payment system.", REFERENCE);

        assertEquals("failure", opened.theme());
    }

    @Test
    void shouldKeepTheInquiryAsObjectWhenTheReportDoesNotSayWhatItLooksInto() {
        EventCandidate opened = ExtractedCandidates.only("The watchdog opened an investigation on Wednesday.", REFERENCE);

        assertEquals(InquiryOpened.THEME, opened.theme());
    }

    @Test
    void shouldKeepOneBodysInquiriesIntoTwoThingsTwoDaysApartApart() {
        EventMatcher.Features crash = inquiry(1, "crash", "2026-05-12", 100);
        EventMatcher.Features derailment = inquiry(2, "derailment", "2026-05-14", 200);

        assertTrue(EventMatcher.best(derailment, List.of(crash)).isEmpty());
    }

    @Test
    void shouldStillReadAnInquiryThatSaysNothingOfItsObjectAsTheSameOneADayOff() {
        EventMatcher.Features crash = inquiry(1, "crash", "2026-05-12", 100);
        EventMatcher.Features bare = inquiry(2, InquiryOpened.THEME, "2026-05-13", 200);

        assertTrue(EventMatcher.best(bare, List.of(crash)).isPresent());
    }
}
