package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 2, 3);

    private static List<EventCandidate> extract(String sentence) {
        return ExtractedCandidates.EXTRACTOR.extract(sentence, WEDNESDAY);
    }

    private static EventCandidate dated(String sentence, String value) {
        return extract(sentence).stream().filter(c -> c.date().value().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError(value + " not in " + extract(sentence)));
    }

    @Test
    void shouldTellTimeGivenToDoSomethingAsADeadline() {
        EventCandidate given = dated("The regulator gave Harlow Rail until March 1 to publish its safety plan.", "2027-03-01");
        EventCandidate has = dated("The union has until Friday to answer the offer, the company said.", "2027-02-05");

        assertEquals(Deadline.DEADLINE, given.action(), given::toString);
        assertEquals(EventKinds.DEADLINE, given.kind());
        assertTrue(given.participants().stream().anyMatch(p -> p.name().equals("Harlow Rail")), given::toString);
        assertEquals(EventKinds.DEADLINE, has.kind(), has::toString);
    }

    @Test
    void shouldTellATimeAtTheNounDeadlineAsThatDeadline() {
        EventCandidate before = dated("Lenders in Ostrova want an answer before the March 1 deadline.", "2027-03-01");
        EventCandidate of = dated("The council set a deadline of March 1 for bids.", "2027-03-01");

        assertEquals(EventKinds.DEADLINE, before.kind(), before::toString);
        assertEquals(EventKinds.DEADLINE, of.kind(), of::toString);
    }

    @Test
    void shouldStillLeaveTheEndOfAStateUndated() {
        assertTrue(extract("The ministry extended the sanctions until March 1.").isEmpty());
        EventCandidate notUntil = dated("The envoy will not arrive in Harlow until Friday.", "2027-02-05");

        assertEquals("arrive", notUntil.action(), notUntil::toString);
    }
}
