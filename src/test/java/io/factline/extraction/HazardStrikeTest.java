package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HazardStrikeTest {

    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2029, 8, 23);

    @Test
    void shouldTellEveryWordingOfAStormReachingLandAsOneAct() {
        for (String s : new String[] {"Hurricane Lidia made landfall near Bayport on Tuesday.",
                "Hurricane Lidia came ashore near Bayport on Tuesday.",
                "The storm tore into the coast south of Bayport on Tuesday night.",
                "Typhoon Orla struck the island on Tuesday."}) {
            EventCandidate c = ExtractedCandidates.only(s, THURSDAY);

            assertEquals(HazardStrike.LANDFALL, c.action(), c::toString);
            assertEquals(HazardStrike.LANDFALL, c.kind(), c::toString);
        }
    }

    @Test
    void shouldKnowANamedStormByItsShortName() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "Storm Wenna weakened over the sea on Monday. Wenna hit the harbour town of Cray on Tuesday.", THURSDAY);

        assertTrue(found.stream().anyMatch(c -> HazardStrike.LANDFALL.equals(c.kind())
                && c.date().toString().equals("2029-08-21")), found::toString);
    }

    @Test
    void shouldTellAnEarthquakeHowEverItShook() {
        for (String s : new String[] {"A strong earthquake struck the Ardel valley on Sunday.",
                "The quake jolted the town of Pirn early on Sunday."}) {
            EventCandidate c = ExtractedCandidates.only(s, THURSDAY);

            assertEquals(HazardStrike.QUAKE, c.kind(), c::toString);
        }
    }

    @Test
    void shouldLeaveStrikersAndWhatAStormCausedAlone() {
        EventCandidate strikers = ExtractedCandidates.only("Dock workers struck at Bayport on Tuesday.", THURSDAY);
        EventCandidate deaths = ExtractedCandidates.only("The storm killed four people in Bayport on Tuesday.", THURSDAY);
        EventCandidate aftershock = ExtractedCandidates.only("An aftershock hit the town of Pirn on Tuesday.", THURSDAY);
        EventCandidate protest = ExtractedCandidates.only("A storm of protest hit the ministry on Tuesday.", THURSDAY);

        assertNotEquals(HazardStrike.LANDFALL, strikers.kind(), strikers::toString);
        assertNotEquals(HazardStrike.LANDFALL, deaths.kind(), deaths::toString);
        assertNotEquals(HazardStrike.QUAKE, aftershock.kind(), aftershock::toString);
        assertNotEquals(HazardStrike.LANDFALL, protest.kind(), protest::toString);
    }
}
