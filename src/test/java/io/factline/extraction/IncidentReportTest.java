package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.factline.claim.Stance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A break-in told as access gained ({@link SystemAccess}), its discovery ({@link Discovery}), an
 * inquiry opened ({@link InquiryOpened}) and what was taken ({@link Theft}, with
 * {@link StatementContent} past a relative clause and a participle of saying) (s9-scena).
 */
class IncidentReportTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 5, 8);

    @Test
    void shouldTakeAccessGainedForABreakIn() {
        EventCandidate gained = ExtractedCandidates.only("The intruders gained access on May 2.", REFERENCE);
        EventCandidate got = ExtractedCandidates.only("The intruders got into the payroll server on May 2.", REFERENCE);
        EventCandidate trouble = ExtractedCandidates.only("The club got into trouble on May 2.", REFERENCE);

        assertEquals(SystemAccess.ACTION, gained.action());
        assertEquals(EventKinds.INTRUSION, gained.kind());
        assertEquals(SystemAccess.ACTION, got.action());
        assertNotEquals(SystemAccess.ACTION, trouble.action());
    }

    @Test
    void shouldTakeDifferentVerbsOfFindingOutForOneDiscovery() {
        EventCandidate spotted = ExtractedCandidates.only("Technicians spotted the leak on Monday.", REFERENCE);
        EventCandidate flagged = ExtractedCandidates.only("Staff flagged the unusual activity on Monday.", REFERENCE);
        EventCandidate confirmed = ExtractedCandidates.only("The hack was confirmed on Tuesday.", REFERENCE);
        EventCandidate meeting = ExtractedCandidates.only("The meeting was confirmed on Tuesday.", REFERENCE);

        assertEquals(Discovery.ACTION, spotted.action());
        assertEquals(Discovery.KIND, spotted.kind());
        assertEquals(Discovery.ACTION, flagged.action());
        assertEquals(Discovery.ACTION, confirmed.action());
        assertEquals("hack", confirmed.theme());
        assertNotEquals(Discovery.ACTION, meeting.action());
    }

    @Test
    void shouldTakeAnInquiryOpenedOrAnnouncedForOneOpening() {
        EventCandidate opened = ExtractedCandidates.only("The watchdog opened an investigation on Wednesday.", REFERENCE);
        EventCandidate aside = ExtractedCandidates.only(
                "Its probe, opened on Wednesday, will look at the contracts.", REFERENCE);

        assertEquals(InquiryOpened.ACTION, opened.action());
        assertEquals(InquiryOpened.KIND, opened.kind());
        assertEquals(InquiryOpened.ACTION, aside.action());
        assertEquals(InquiryOpened.THEME, aside.theme());
    }

    @Test
    void shouldMeetATheftAndTheDenialThatAnythingWasTaken() {
        EventCandidate report = ExtractedCandidates.only(
                "Researchers said on Monday that the gang who breached the shop's servers also made off with customer records.",
                REFERENCE);
        EventCandidate denial = ExtractedCandidates.only(
                "The shop denied the report on Tuesday, saying no customer data had been taken from its servers.", REFERENCE);

        assertEquals(Taking.ACTION, report.action());
        assertEquals(Taking.ACTION, denial.action());
        assertEquals(Stance.DENIES, denial.stance());
        assertEquals(true, EventKinds.sameTheme(report.theme(), denial.theme()), report.theme() + " / " + denial.theme());
    }

    @Test
    void shouldTakeMoneyMovedOrTakenForOneDiversion() {
        EventCandidate moved = ExtractedCandidates.only("Vance moved two million euros out of the fund in March 2025.",
                REFERENCE);
        EventCandidate part = ExtractedCandidates.only("Vance took part in the talks on Monday.", REFERENCE);

        assertEquals(Taking.DIVERT, moved.action());
        assertEquals(Taking.DIVERT, moved.kind());
        assertNotEquals(Taking.DIVERT, part.action());
        assertNotEquals(Taking.ACTION, part.action());
    }

    @Test
    void shouldDateTheTransferNotTheStateOfARelativeClause() {
        EventCandidate moved = ExtractedCandidates.only(
                "Vance moved the savings to firms she owned in March 2025.", REFERENCE);

        assertEquals(Taking.DIVERT, moved.action());
        assertEquals("2025-03", moved.date().value());
    }
}
