package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InspectionTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 10, 16);

    private static String action(String sentence, String verb) {
        Tagged s = Tagged.of(sentence);
        int v = s.at(verb);
        return Inspection.action(s.tokens(), v, new SubjectPhrase(s.tokens(), s.attribution()).of(v, false));
    }

    @Test
    void shouldTakeInspectorsVisitingOrCheckingForAnInspection() {
        assertEquals("inspection", action("Two inspectors visited the dairy on Tuesday.", "visited"));
        assertEquals("inspection", action("Auditors from the ministry checked the accounts in March.", "checked"));
        assertEquals("inspection", action("The agency inspected the bridge last week.", "inspected"));
    }

    @Test
    void shouldKeepAVisitOrACheckByAnyoneElse() {
        assertNull(action("The minister visited the dairy on Tuesday.", "visited"));
        assertNull(action("The clerk checked the list twice.", "checked"));
    }

    @Test
    void shouldGiveEveryWordingOfAnInspectionOneActionAndKind() {
        EventCandidate visit = ExtractedCandidates.only("Inspectors visited the Tallin dairy on Tuesday.", REFERENCE);
        EventCandidate check = ExtractedCandidates.only("The agency inspected the dairy on Tuesday.", REFERENCE);

        assertEquals("inspection", visit.action());
        assertEquals(EventKinds.EXAMINATION, visit.kind());
        assertEquals(visit.action(), check.action());
        assertEquals(visit.kind(), check.kind());
    }
}
