package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoordinatedVerbTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 10, 16);

    @Test
    void shouldFindTheVerbThatAndJoinsTheSecondVerbTo() {
        Tagged s = Tagged.of("The storm flooded two villages and cut power to 4,000 homes on Monday.");

        assertEquals(s.at("flooded"), CoordinatedVerb.earlier(s.tokens(), s.at("and")));
    }

    @Test
    void shouldFindNoVerbBeforeNamesJoinedByAnd() {
        Tagged s = Tagged.of("Ostrava and Linz signed the accord on Monday.");

        assertEquals(-1, CoordinatedVerb.earlier(s.tokens(), s.at("and")));
    }

    @Test
    void shouldGiveTheSecondVerbTheSubjectOfTheFirst() {
        EventCandidate second = ExtractedCandidates.only(
                "Trade envoy Maren Solberg landed in Oslo and met Prime Minister Ivo Brandt on Thursday.", REFERENCE);

        assertEquals("Solberg meets Brandt", second.title());
    }
}
