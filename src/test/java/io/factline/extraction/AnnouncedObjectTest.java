package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnouncedObjectTest {

    @Test
    void shouldReadAnnouncingANamedResultAsDeclaringIt() {
        Tagged s = Tagged.of("The league announced the result of the ballot on Friday.");

        assertTrue(AnnouncedObject.of(s.tokens(), s.at("announced")));
    }

    @Test
    void shouldKeepAnAnnouncementOfWhatWasSaidAStatement() {
        Tagged that = Tagged.of("The ministry announced on Friday that the bridge would reopen.");
        Tagged clause = Tagged.of("The ministry announced the bridge would reopen on Friday.");
        Tagged plans = Tagged.of("The firm announced plans to close two plants on Friday.");

        assertFalse(AnnouncedObject.of(that.tokens(), that.at("announced")));
        assertFalse(AnnouncedObject.of(clause.tokens(), clause.at("announced")));
        assertFalse(AnnouncedObject.of(plans.tokens(), plans.at("announced")));
    }

    @Test
    void shouldDateTheDeclarationInARelativeClauseNotTheStatementAfterIt() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "The national jury declared Rosa Vidal the winner of the contest on Monday. "
                        + "The jury, which announced Vidal's win on Tuesday, says every vote was checked.",
                LocalDate.of(2026, 5, 22));
        EventCandidate announced = found.get(found.size() - 1);

        assertEquals(AnnouncedObject.DECLARE, announced.action(), found::toString);
        assertEquals(found.get(0).kind(), announced.kind(), found::toString);
        assertEquals("2026-05-19", announced.date().value());
    }
}
