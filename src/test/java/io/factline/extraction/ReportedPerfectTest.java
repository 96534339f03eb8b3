package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.claim.Stance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A dated report that an act has just been done tells the act (session 12). Sentences written for these tests. */
class ReportedPerfectTest {

    /** A Thursday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 10, 15);

    private static EventCandidate only(String text) {
        return ExtractedCandidates.only(text, REFERENCE);
    }

    @Test
    void shouldTellTheDepartureAReportSaysHasHappened() {
        EventCandidate told = only("Brenmoor Foods said on Wednesday that its finance chief Orla Quint has stepped down.");

        assertEquals(EventKinds.RESIGNATION, told.kind());
        assertEquals("2026-10-14", told.date().value());
        assertEquals("Quint steps down", told.title());
        assertEquals(Stance.ASSERTS, told.stance());
        assertEquals("Brenmoor Foods", told.attributedTo());
    }

    @Test
    void shouldTellResigningQuittingAndSteppingDownAsOneKindAndAction() {
        EventCandidate resigned = only("Orla Quint resigned from the board of Brenmoor Foods on Tuesday.");
        EventCandidate quit = only("Orla Quint quit the board of Brenmoor Foods on Tuesday.");

        assertEquals(EventKinds.RESIGNATION, resigned.kind());
        assertEquals(EventKinds.RESIGNATION, quit.kind());
        assertEquals(true, EventKinds.sameAction(resigned.action(), quit.action()));
    }

    @Test
    void shouldKeepAReportedPastPerfectAsTheStatementItDates() {
        EventCandidate said = only("The retailer said on Monday that intruders had stolen customer records.");

        assertEquals(EventKinds.STATEMENT, said.kind());
        assertEquals("2026-10-12", said.date().value());
    }

    @Test
    void shouldKeepADeniedPerfectAsAStatementThatDenies() {
        EventCandidate said = only("Quint said on Tuesday that she has not resigned.");

        assertEquals(EventKinds.STATEMENT, said.kind());
        assertEquals(Stance.DENIES, said.stance());
    }

    @Test
    void shouldKeepAReportedPerfectOfAnEverydayActAsAStatement() {
        EventCandidate said = only("The ministry said on Monday that the envoy has travelled to Oslo.");

        assertEquals(EventKinds.STATEMENT, said.kind());
    }
}
