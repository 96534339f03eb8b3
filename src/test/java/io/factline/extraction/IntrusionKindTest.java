package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Breached", "hacked" and "broke into" tell one intrusion into computer systems. */
class IntrusionKindTest {

    /** A Thursday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 12);
    private static final EventExtractor EXTRACTOR = ExtractedCandidates.EXTRACTOR;

    private static EventCandidate last(String text) {
        List<EventCandidate> found = EXTRACTOR.extract(text, REFERENCE);
        assertTrue(!found.isEmpty(), text);
        return found.get(found.size() - 1);
    }

    @Test
    void shouldTellABreakInAndABreachAsOneIntrusion() {
        EventCandidate brokeInto = last("Criminals broke into the ticketing servers of Lindmoor Transit on Monday, "
                + "the police said.");
        EventCandidate breached = last("The ticketing servers of Lindmoor Transit were breached on Tuesday, "
                + "an internal report said.");
        EventCandidate hacked = last("Intruders hacked into the ticketing servers of Lindmoor Transit on Monday.");

        assertEquals(EventKinds.INTRUSION, brokeInto.kind(), brokeInto::toString);
        assertEquals("breach", brokeInto.action());
        assertEquals(EventKinds.INTRUSION, breached.kind(), breached::toString);
        assertEquals("breach", breached.action());
        assertEquals(EventKinds.INTRUSION, hacked.kind(), hacked::toString);
        assertEquals("2026-03-09", brokeInto.date().value());
        assertEquals("2026-03-10", breached.date().value());
    }

    @Test
    void shouldNameTheCompanyWhoseSystemsWereBreached() {
        EventCandidate breached = last("Lindmoor Transit cancelled its ticket sales. "
                + "The company's servers were breached on Tuesday, an internal report said.");

        assertTrue(breached.participants().stream().anyMatch(p -> p.name().equals("Lindmoor Transit")), breached::toString);
    }

    @Test
    void shouldKeepABreakOfAnotherKindApart() {
        EventCandidate pause = last("The negotiators broke for lunch on Monday.");

        assertEquals("break", pause.action(), pause::toString);
    }

    @Test
    void shouldTakeANetworkAndSystemsBreachedOnAnotherDayForOneIntrusion() {
        EventCandidate systems = last("Intruders breached the payroll and control systems of Lindmoor Transit on Sunday, "
                + "the operator said.");
        EventCandidate network = last("Lindmoor Transit closed its ticket offices. "
                + "The company's network was breached on Saturday, a filing said.");

        assertEquals("system", systems.theme(), systems::toString);
        assertEquals("network", network.theme(), network::toString);
        assertTrue(EventKinds.sameTheme(systems.theme(), network.theme()));
        var stored = new EventMatcher.Features(1, java.util.Set.of(7L), systems.kind(), systems.action(), systems.theme(),
                null, systems.date(), java.util.Set.of(100L));
        var other = new EventMatcher.Features(-1, java.util.Set.of(7L), network.kind(), network.action(), network.theme(),
                null, network.date(), java.util.Set.of(200L));
        assertTrue(EventMatcher.best(other, List.of(stored)).isPresent());
    }
}
