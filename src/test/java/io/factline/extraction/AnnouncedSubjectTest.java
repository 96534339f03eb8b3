package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An announced thing keeps its announcer in the title, though "announced" is also a reporting verb. */
class AnnouncedSubjectTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 17);

    @Test
    void shouldKeepTheAnnouncerBeforeATrailingAttribution() {
        EventCandidate declared = ExtractedCandidates.only(
                "The league announced the result of the ballot on Tuesday, its chairman said.", REFERENCE);

        assertEquals(AnnouncedObject.DECLARE, declared.action());
        assertEquals("League announces the result of the ballot", declared.title());
    }

    @Test
    void shouldKeepTheAnnouncerAfterALeadingAttribution() {
        EventCandidate declared = ExtractedCandidates.only(
                "According to the league, the jury announced Tarrant's win on Tuesday.", REFERENCE);

        assertEquals(true, declared.title().startsWith("Jury announces"), declared::toString);
    }

    @Test
    void shouldReadALowerCaseWordTaggedAsANameAsACommonNoun() {
        Tagged s = Tagged.of("The league announced the result of the ballot on Tuesday.");

        assertEquals("NOUN", s.tokens().get(s.at("league")).pos());
    }
}
