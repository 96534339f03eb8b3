package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link OrderedAct}'s people ordered to leave (s9-scenb), and the sheriff's title. */
class OrderedEvacuationTest {

    /** A Saturday. */
    private static final LocalDate REFERENCE = LocalDate.of(2027, 8, 14);

    @Test
    void shouldTakePeopleOrderedToLeaveForAnEvacuationOnTheDayOfTheOrder() {
        EventCandidate c = ExtractedCandidates.only(
                "County Sheriff Ada Lunde ordered all 1,200 residents of Lindvik to leave early on Thursday.", REFERENCE);

        assertEquals(EventKinds.EVACUATION, c.kind());
        assertEquals("2027-08-12", c.date().value());
        assertEquals("Ada Lunde", c.participants().get(0).name());
    }

    @Test
    void shouldTakeAPlaceOrderedEvacuatedForAnEvacuation() {
        Tagged s = Tagged.of("The sheriff ordered the village evacuated.");

        assertEquals("evacuate", OrderedAct.action(s.tokens(), s.at("ordered")));
    }

    @Test
    void shouldKeepPeopleOrderedToDoSomethingElse() {
        Tagged s = Tagged.of("The manager ordered the workers to return to the site.");

        assertNull(OrderedAct.action(s.tokens(), s.at("ordered")));
        assertEquals(-1, OrderedAct.orderer(s.tokens(), s.at("return")));
    }
}
