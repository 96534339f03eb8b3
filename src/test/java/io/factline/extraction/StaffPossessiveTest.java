package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffPossessiveTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 10, 16);

    @Test
    void shouldKnowStaffFromAPartysOwnPeople() {
        Tagged staff = Tagged.of("Her engineers repaired the line.");
        Tagged party = Tagged.of("His lawyers filed the appeal.");

        assertTrue(StaffPossessive.at(staff.tokens(), staff.at("her")));
        assertFalse(StaffPossessive.at(party.tokens(), party.at("his")));
    }

    @Test
    void shouldNotMakeTheOwnerOfTheStaffADoer() {
        EventCandidate repair = ExtractedCandidates.only(
                "Grid director Hanne Voss said her engineers repaired the line on Wednesday.", REFERENCE);

        assertEquals(List.of(), repair.participantNames());
        assertEquals("Hanne Voss", repair.attributedTo());
    }
}
