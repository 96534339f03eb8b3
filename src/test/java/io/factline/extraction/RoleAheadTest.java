package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleAheadTest {

    /** A Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2027, 6, 5);

    @Test
    void shouldFindEachRolesHolderWrittenAsATitleOrBetweenCommas() {
        Map<String, String> holders = RoleAhead.holders("Ambassador Aino Kask left on Friday. Later, Bea Ortiz, "
                + "the trade minister, spoke. Trade Minister Ortiz then left.");

        assertEquals(Map.of("ambassador", "Aino Kask", "minister", "Bea Ortiz"), holders);
    }

    @Test
    void shouldLeaveARoleWithTwoHoldersOpen() {
        Map<String, String> holders = RoleAhead.holders("Foreign Minister Kai Lund and Finance Minister Eva Ruud met.");

        assertTrue(holders.isEmpty(), holders::toString);
    }

    @Test
    void shouldNameTheHolderAMentionOfTheRoleBeforeHimStandsFor() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "Suvia's trade minister arrived in Melk on Monday for two days of talks.\n\n"
                        + "\"We came to listen,\" Trade Minister Bea Ortiz told reporters.", SATURDAY);

        assertEquals(List.of("Bea Ortiz"), found.get(0).participantNames(), found::toString);
    }

    @Test
    void shouldNameNobodyForARoleTwoPeopleHold() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "The minister arrived in Melk on Monday.\n\n"
                        + "Trade Minister Bea Ortiz and Finance Minister Eva Ruud were both there.", SATURDAY);

        assertTrue(found.get(0).participantNames().isEmpty(), found::toString);
    }
}
