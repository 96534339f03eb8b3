package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import io.factline.date.EdtfDate;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a side agreed to (s15-deny), on sentences written for this test. */
class AgreedTermTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2038, 3, 17);

    @Test
    void shouldReadTheTermAgreedPastAPhraseBeforeItsTo() {
        EventCandidate report = ExtractedCandidates.only(
                "Trade officials said on Monday that Ostmark had agreed at the summit to cap its grain exports.", PUBLISHED);

        assertEquals("agree", report.action());
        assertEquals("cap", report.theme());
    }

    @Test
    void shouldReadADenialThatNamesTheTermAsANoun() {
        EventCandidate denial = ExtractedCandidates.only("The Ostmark farm ministry denied that a quota had ever been agreed.",
                PUBLISHED);

        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("agree", denial.action());
        assertEquals("quota", denial.theme());
    }

    @Test
    void shouldKeepTheObjectOfAnActThatIsNoTerm() {
        EventCandidate report = ExtractedCandidates.only(
                "Officials said on Monday that Ostmark had agreed at the summit to lift its duties on wool.", PUBLISHED);

        assertEquals("duty", report.theme());
    }

    @Test
    void shouldLinkTheDenialOfALimitToTheAgreedCapButNotToAnotherAgreement() {
        EventMatcher.Features cap = new EventMatcher.Features(1, Set.of(7L), EventKinds.STATEMENT, "agree", "cap",
                null, EdtfDate.parse("2038-03-16"), Set.of(10L));
        EventMatcher.Features purchase = new EventMatcher.Features(2, Set.of(7L), EventKinds.STATEMENT, "agree", "wool",
                null, EdtfDate.parse("2038-03-16"), Set.of(10L));
        EventMatcher.Features noLimit = new EventMatcher.Features(3, Set.of(7L), EventKinds.STATEMENT, "agree", "limit",
                null, EdtfDate.parse("2038-03-17"), Set.of(11L));

        assertTrue(EventMatcher.denies(noLimit, cap, true));
        assertFalse(EventMatcher.denies(noLimit, purchase, true));
    }
}
