package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReachedAgreementTest {

    private static final LocalDate SUNDAY = LocalDate.of(2036, 3, 9);

    @Test
    void shouldTakeAnAgreementReachedOrStruckForAgreeing() {
        assertEquals(ReachedAgreement.AGREE, ReachedAgreement.action("reach", "agreement"));
        assertEquals(ReachedAgreement.AGREE, ReachedAgreement.action("strike", "deal"));
        assertEquals(ReachedAgreement.AGREE, ReachedAgreement.action("seal", "settlement"));
    }

    @Test
    void shouldKeepTheVerbOfWhatIsNoAgreement() {
        assertNull(ReachedAgreement.action("reach", "border"));
        assertNull(ReachedAgreement.action("strike", "town"));
        assertNull(ReachedAgreement.action("sign", "agreement"));
    }

    @Test
    void shouldReadAnAgreementReachedWithAClubAsAgreeing() {
        EventCandidate c = ExtractedCandidates.only(
                "Dunmore Rovers reached an agreement with Askel United on Friday over the goalkeeper.", SUNDAY);

        assertEquals(ReachedAgreement.AGREE, c.action());
        assertTrue(c.participantNames().containsAll(List.of("Dunmore Rovers", "Askel United")), c::toString);
    }

    @Test
    void shouldReadTheTwoLendersAsTheTwoNamedBefore() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "Bellmoor Bank turned down an offer from Kestrel Bank for its card business.\n"
                        + "The two lenders agreed a price on Saturday.", SUNDAY);
        EventCandidate price = found.stream().filter(c -> "agree".equals(c.action())).findFirst().orElseThrow();

        assertEquals("2036-03-08", price.date().value());
        assertTrue(price.participantNames().containsAll(List.of("Bellmoor Bank", "Kestrel Bank")), price::toString);
    }
}
