package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import io.factline.date.EdtfDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Undated reports of commitments (s14-conflict), on sentences written for this test. */
class UndatedCommitmentTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2030, 8, 17);

    @Test
    void shouldTellAnUndatedCommitmentAsAStatementOfThePublicationDay() {
        EventCandidate report = ExtractedCandidates.only(
                "The rebel command agreed to pause the shelling of the ferry terminal for two days, three diplomats "
                        + "briefed on the negotiations said.", PUBLISHED);

        assertEquals(EventKinds.STATEMENT, report.kind());
        assertEquals("agree", report.action());
        assertEquals("pause", report.theme());
        assertEquals(Stance.ASSERTS, report.stance());
        assertEquals("2030-08-17", report.date().value());
    }

    @Test
    void shouldKeepANamedSpeakersCommitmentReportedBeforeIt() {
        EventCandidate report = ExtractedCandidates.only(
                "Mira Castell said the dockers' union had pledged to end the overtime ban.", PUBLISHED);

        assertEquals("pledge", report.action());
        assertEquals("Mira Castell", report.attributedTo());
    }

    @Test
    void shouldMakeNoEventOfOtherUndatedReports() {
        List<EventCandidate> none = ExtractedCandidates.EXTRACTOR.extract(
                "The two sides discussed a pause in the shelling, three diplomats said. The rebel command agreed to the "
                        + "pause because its fuel was running low.", PUBLISHED);

        assertTrue(none.isEmpty(), none::toString);
    }

    @Test
    void shouldLinkTheLaterDenialToTheCommitmentButNotADenialOfSomethingElse() {
        EventMatcher.Features commitment = new EventMatcher.Features(1, Set.of(), EventKinds.STATEMENT, "agree",
                "shelling", null, EdtfDate.parse("2030-08-17"), Set.of(10L));
        EventMatcher.Features denial = new EventMatcher.Features(2, Set.of(7L), EventKinds.STATEMENT, "agree",
                "shelling", null, EdtfDate.parse("2030-08-19"), Set.of(11L));
        EventMatcher.Features weapons = new EventMatcher.Features(3, Set.of(7L), EventKinds.STATEMENT, "receive",
                "weapon", null, EdtfDate.parse("2030-08-19"), Set.of(11L));
        EventMatcher.Features ceasefire = new EventMatcher.Features(4, Set.of(7L), EventKinds.STATEMENT, "agree",
                "ceasefire", null, EdtfDate.parse("2030-08-19"), Set.of(11L));

        assertTrue(EventMatcher.denies(denial, commitment, true));
        assertEquals(false, EventMatcher.denies(weapons, commitment, true));
        assertEquals(false, EventMatcher.denies(ceasefire, commitment, true));
    }
}
