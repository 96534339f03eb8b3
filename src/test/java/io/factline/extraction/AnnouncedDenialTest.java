package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnouncedDenialTest {

    /** A Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2027, 6, 5);

    @Test
    void shouldJoinADatedRejectionToTheQuotedDenialAfterIt() {
        String text = "The interior ministry dismissed the reports on Thursday. "
                + "\"Our forces did not fire a single rocket at Harlin,\" a ministry spokeswoman, Edda Brun, said.";

        EventCandidate c = ExtractedCandidates.only(text, SATURDAY);

        assertEquals(Stance.DENIES, c.stance());
        assertEquals("2027-06-03", c.date().value());
        assertEquals(Shelling.SHELL, c.action());
        assertEquals("Edda Brun", c.attributedTo());
        assertTrue(c.quote().startsWith("The interior ministry dismissed"), c::quote);
    }

    @Test
    void shouldJoinAStatementIssuedToTheQuotedDenialAfterIt() {
        String text = "The operator issued a statement on Friday. \"No passenger was hurt,\" its spokesman, Ivo Sarr, said.";

        EventCandidate c = ExtractedCandidates.only(text, SATURDAY);

        assertEquals(Stance.DENIES, c.stance());
        assertEquals("2027-06-04", c.date().value());
    }

    @Test
    void shouldKeepARejectionWhoseNextSentenceDeniesNothing() {
        String text = "The interior ministry dismissed the reports on Thursday. "
                + "\"We will publish our own figures,\" a ministry spokeswoman, Edda Brun, said.";

        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(text, SATURDAY);

        assertEquals(1, found.size(), found::toString);
        assertEquals("dismiss", found.get(0).action());
        assertEquals("2027-06-03", found.get(0).date().value());
    }
}
