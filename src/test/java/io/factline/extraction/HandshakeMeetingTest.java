package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HandshakeMeetingTest {

    @Test
    void shouldTellShakingHandsWithSomeoneAsMeetingThem() {
        EventCandidate c = ExtractedCandidates.only(
                "Trade Minister Kai Lund shook hands with Bea Ortiz in Melk on Monday.", LocalDate.of(2027, 6, 5));

        assertEquals(EventKinds.MEETING, c.kind(), c::toString);
        assertEquals("meet", c.action());
    }
}
