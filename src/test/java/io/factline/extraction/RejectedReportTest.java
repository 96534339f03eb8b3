package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.claim.Stance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RejectedReportTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2027, 6, 9);

    @Test
    void shouldDenyWhatARejectedFindingTells() {
        EventCandidate c = ExtractedCandidates.only(
                "Ostrava Air on Tuesday rejected the regulator's finding that its pilots had ignored the safety rules.",
                REFERENCE);

        assertEquals(Stance.DENIES, c.stance());
        assertEquals(EventKinds.STATEMENT, c.kind());
        assertEquals("ignore", c.action());
    }

    @Test
    void shouldNotTakeARejectedOfferForADenial() {
        Tagged s = Tagged.of("The council rejected the offer that was on the table.");

        assertEquals(-1, RejectedReport.contentVerb(s.tokens(), s.at("rejected")));
    }

    @Test
    void shouldTakeWhatAReportedDenialDeniesAsTheContent() {
        Tagged s = Tagged.of("A spokesman, Tor Fenn, said the operator denied that its crane had caused the collapse.");

        assertEquals(s.at("caused"), RejectedReport.deniedClause(s.tokens(), s.at("denied")));
        assertEquals(s.at("said"), RejectedReport.deniedClause(s.tokens(), s.at("said")));
    }
}
