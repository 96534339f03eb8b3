package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Participants shared through what people act for ({@link SharedParties}) and what the matcher makes of it. */
class SharedPartiesTest {

    private static final long NORTHLAND = 1;
    private static final long SOUTHLAND = 2;
    private static final long NORTH_MINISTER = 11;
    private static final long SOUTH_MINISTER = 12;
    private static final long NORTH_ENVOY = 13;
    private static final long WESTLAND_MINISTER = 14;
    private static final long EASTLAND_MINISTER = 15;
    private static final long WESTLAND = 3;
    private static final long EASTLAND = 4;

    private static EventMatcher.Features signing(long id, Set<Long> participants, Set<Long> people, Set<Long> affiliates,
            String date, long article) {
        return new EventMatcher.Features(id, participants, "sign", "sign", "pact", "Genava", EdtfDate.parse(date),
                Set.of(article), Set.of(), null, people, affiliates);
    }

    private static final EventMatcher.Features COUNTRIES = signing(100, Set.of(NORTHLAND, SOUTHLAND), Set.of(), Set.of(),
            "2031-03-10", 1);

    @Test
    void shouldShareTheCountryAMinisterActsFor() {
        EventMatcher.Features ministers = signing(-1, Set.of(NORTH_MINISTER, SOUTH_MINISTER),
                Set.of(NORTH_MINISTER, SOUTH_MINISTER), Set.of(NORTHLAND, SOUTHLAND), "2031-03-09", 2);

        assertEquals(2, SharedParties.count(ministers, COUNTRIES));
        assertEquals(2, SharedParties.count(COUNTRIES, ministers));
    }

    @Test
    void shouldCountAPartyNamedOnBothSidesOnce() {
        EventMatcher.Features both = signing(-1, Set.of(NORTH_MINISTER, NORTHLAND), Set.of(NORTH_MINISTER), Set.of(NORTHLAND),
                "2031-03-10", 2);

        assertEquals(1, SharedParties.count(both, signing(5, Set.of(NORTHLAND), Set.of(), Set.of(), "2031-03-10", 1)));
    }

    @Test
    void shouldShareNothingBetweenTwoPeopleOfOneCountry() {
        EventMatcher.Features minister = signing(-1, Set.of(NORTH_MINISTER), Set.of(NORTH_MINISTER), Set.of(NORTHLAND),
                "2031-03-10", 2);
        EventMatcher.Features envoy = signing(6, Set.of(NORTH_ENVOY), Set.of(NORTH_ENVOY), Set.of(NORTHLAND),
                "2031-03-10", 1);

        assertEquals(0, SharedParties.count(minister, envoy));
    }

    @Test
    void shouldMergeAMinistersSigningWithTheCountriesOneADayOffAsOneSigning() {
        EventMatcher.Features ministers = signing(-1, Set.of(NORTH_MINISTER, SOUTH_MINISTER),
                Set.of(NORTH_MINISTER, SOUTH_MINISTER), Set.of(SOUTHLAND), "2031-03-09", 2);

        Optional<EventMatcher.Match> match = EventMatcher.score(ministers, COUNTRIES);

        assertTrue(match.isPresent());
        assertTrue(!match.get().sameDate());
    }

    @Test
    void shouldKeepOtherCountriesMinistersSigningApart() {
        EventMatcher.Features others = signing(-1, Set.of(WESTLAND_MINISTER, EASTLAND_MINISTER),
                Set.of(WESTLAND_MINISTER, EASTLAND_MINISTER), Set.of(WESTLAND, EASTLAND), "2031-03-09", 2);

        assertEquals(Optional.empty(), EventMatcher.score(others, COUNTRIES));
    }
}
