package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A break-in, a raid and a theft told by different outlets are one intrusion; a strike and a police raid are not. */
class TheftTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 12);

    private static EventCandidate last(String text) {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(text, REFERENCE);
        assertFalse(found.isEmpty(), text);
        return found.get(found.size() - 1);
    }

    @Test
    void shouldTakeAStrikeByAGangForItsRaid() {
        EventCandidate struck = last("A gang struck at dawn on Sunday, smashing a back window of the shop.");

        assertEquals(EventKinds.INTRUSION, struck.kind(), struck::toString);
        assertEquals(Theft.RAID, struck.action());
        assertEquals("2026-06-07", struck.date().value());
        assertEquals("gang", struck.subject());
    }

    @Test
    void shouldReadAShipStrikingRocksWithoutTakingItForARaid() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "The Sea Lark struck the rocks on Tuesday night, less than an hour after leaving port, and was towed off.",
                REFERENCE);

        assertTrue(found.stream().noneMatch(c -> EventKinds.INTRUSION.equals(c.kind())), found::toString);
    }

    @Test
    void shouldKeepAStrikeByWorkersALabourStrike() {
        EventCandidate struck = last("Bus drivers struck on Monday over a pay offer they called an insult.");

        assertEquals(EventKinds.STRIKE, struck.kind(), struck::toString);
    }

    @Test
    void shouldTakeAPoliceRaidForASearchNotATheft() {
        EventCandidate raided = last("Police raided a flat in the old harbour district on Tuesday.");

        assertEquals(Theft.SEARCH, raided.action(), raided::toString);
        assertEquals(Theft.SEARCH, raided.kind());
    }

    @Test
    void shouldDateTheTheftAWeekPossessiveNames() {
        EventCandidate theft = last("Detectives questioned a man about this week's theft of four silver clocks from the "
                + "Ostwick Civic Gallery.");

        assertEquals(EventKinds.INTRUSION, theft.kind(), theft::toString);
        assertEquals("2026-06-08/2026-06-14", theft.date().value());
        assertTrue(theft.participantNames().contains("Ostwick Civic Gallery"), theft::toString);
    }

    @Test
    void shouldGiveAnActDoneInARaidTheRaidsKind() {
        EventCandidate lifted = last("The clock was one of four lifted from the gallery's upper floor in a night raid on Monday.");

        assertEquals(EventKinds.INTRUSION, lifted.kind(), lifted::toString);
        assertEquals("2026-06-08", lifted.date().value());
    }

    @Test
    void shouldMeetABreakInOfTheSameGalleryInTheSameWeek() {
        var brokeIn = new EventMatcher.Features(1, Set.of(7L), EventKinds.INTRUSION, "breach", null, null,
                EdtfDate.parse("2026-06-08"), Set.of(100L));
        var theft = new EventMatcher.Features(-1, Set.of(7L), EventKinds.INTRUSION, "theft", "theft", null,
                EdtfDate.parse("2026-06-08/2026-06-14"), Set.of(200L));

        assertTrue(EventMatcher.best(theft, List.of(brokeIn)).isPresent());
    }

    @Test
    void shouldTakeCulpritsToldADayOffForTheStoredBreakInWithAnotherDate() {
        var brokeIn = new EventMatcher.Features(1, Set.of(7L), EventKinds.INTRUSION, "breach", null, null,
                EdtfDate.parse("2026-06-08"), Set.of(100L), Set.of(), "burglar");
        var gang = new EventMatcher.Features(-1, Set.of(), EventKinds.INTRUSION, Theft.RAID, null, null,
                EdtfDate.parse("2026-06-07"), Set.of(200L), Set.of(), "gang");
        var crowd = new EventMatcher.Features(-1, Set.of(), EventKinds.INTRUSION, Theft.RAID, null, null,
                EdtfDate.parse("2026-06-07"), Set.of(200L), Set.of(), "crowd");

        var match = EventMatcher.best(gang, List.of(brokeIn));
        assertTrue(match.isPresent());
        assertFalse(match.get().sameDate());
        assertFalse(EventMatcher.best(crowd, List.of(brokeIn)).isPresent());
    }

    @Test
    void shouldReadTheWordAfterAWireDatelineAsOpeningTheSentence() {
        EventCandidate brokeIn = last("OSTWICK, June 8 (Harbour Wire) - Burglars broke into the Ostwick Civic Gallery "
                + "early on Monday and escaped with four clocks, police said.");

        assertEquals(EventKinds.INTRUSION, brokeIn.kind(), brokeIn::toString);
        assertFalse(brokeIn.participantNames().contains("Burglars"), brokeIn::toString);
        assertEquals("burglar", brokeIn.subject());
    }
}
