package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A person landing or escorted home makes a trip ({@link PersonLanding}), a fugitive's flight is one
 * ({@link VerbLemmas}: "fled"), testimony is told as testifying or appearing before someone
 * ({@link Testimony}, {@link InfinitiveTag}, {@link Clauses}, {@link VerbTense}) (s9-scena).
 */
class TripAndTestimonyTest {

    /** A Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2026, 5, 9);

    @Test
    void shouldTakeAPersonLandingForAnArrival() {
        EventCandidate person = ExtractedCandidates.only("Nora Vance landed at Ostrin airport on Thursday.", SATURDAY);
        EventCandidate plane = ExtractedCandidates.only("The cargo plane landed at Ostrin airport on Thursday.", SATURDAY);
        EventCandidate escorted = ExtractedCandidates.only("Officers escorted Nora Vance back to Ostrin on Thursday.", SATURDAY);

        assertEquals(PersonLanding.ARRIVE, person.action());
        assertEquals(EventKinds.TRAVEL, person.kind());
        assertNotEquals(PersonLanding.ARRIVE, plane.action());
        assertEquals(EventKinds.TRAVEL, escorted.kind());
    }

    @Test
    void shouldTakeFleeingForLeaving() {
        EventCandidate fled = ExtractedCandidates.only("Nora Vance fled the country in June 2025.", SATURDAY);

        assertEquals("flee", fled.action());
        assertEquals(EventKinds.TRAVEL, fled.kind());
        assertTrue(EventKinds.sameAction("flee", "leave"));
        assertEquals("flee", VerbLemmas.repair("fled", "fled"));
        assertEquals("uphold", VerbLemmas.repair("upheld", "upheld"));
    }

    @Test
    void shouldTakeTestifyingAndAppearingBeforeSomeoneForOneTestimony() {
        EventCandidate due = ExtractedCandidates.only(
                "The bank's chief executive Ada Holm is due to testify before lawmakers on Wednesday.", SATURDAY);
        EventCandidate summoned = ExtractedCandidates.EXTRACTOR.extract(
                "Ada Holm, who joined the bank in 2019, has been summoned to appear before the finance committee on Wednesday.",
                SATURDAY).stream().filter(c -> c.date().value().startsWith("2026")).findFirst().orElseThrow();
        EventCandidate atHearing = ExtractedCandidates.only(
                "Ada Holm will appear before the finance committee at a hearing on Wednesday.", SATURDAY);

        assertEquals(Testimony.TESTIFY, due.action());
        assertEquals("2026-05-13", due.date().value());
        assertEquals(Testimony.TESTIFY, summoned.action());
        assertEquals("2026-05-13", summoned.date().value());
        assertEquals(EventKinds.HEARING, atHearing.kind());
    }

    @Test
    void shouldReadAPluralAfterToAsANoun() {
        EventCandidate apology = ExtractedCandidates.only("Ada Holm apologised to lawmakers on Wednesday.",
                SATURDAY);

        assertEquals("apologise", apology.action());
    }
}
