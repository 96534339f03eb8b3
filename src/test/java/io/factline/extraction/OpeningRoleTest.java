package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.claim.Stance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link Attribution}: a role opening the sentence before the speaker's name is no news told before it (s9-scenb). */
class OpeningRoleTest {

    /** A Saturday. */
    private static final LocalDate REFERENCE = LocalDate.of(2027, 3, 13);

    @Test
    void shouldReadWhatFollowsTheVerbAfterAnOpeningRoleAndName() {
        EventCandidate c = ExtractedCandidates.only(
                "The chairman of the lender, Pia Norrland, said on Friday that Varnholt Bank had not borrowed from the fund.",
                REFERENCE);

        assertEquals("Pia Norrland", c.attributedTo());
        assertEquals(Lending.BORROW, c.action());
        assertEquals(Stance.DENIES, c.stance());
        assertEquals("2027-03-12", c.date().value());
    }

    @Test
    void shouldKeepNewsToldBeforeATrailingRoleAndName() {
        EventCandidate c = ExtractedCandidates.only("The ferry docked at Oster on Monday, the harbour master, Ivar Moe, said.",
                REFERENCE);

        assertEquals("Ivar Moe", c.attributedTo());
        assertEquals("dock", c.action());
    }
}
