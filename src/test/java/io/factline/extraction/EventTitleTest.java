package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTitleTest {

    private static final int[] NO_SUBJECT = {0, 0};

    private static int[] span(Tagged s, String first, String last) {
        int from = s.at(first);
        return new int[] {from, s.after(from - 1, last)};
    }

    @Test
    void shouldConjugateTheThirdPersonSingular() {
        assertEquals("meets", EventTitle.thirdPerson("meet"));
        assertEquals("carries", EventTitle.thirdPerson("carry"));
        assertEquals("stays", EventTitle.thirdPerson("stay"));
        assertEquals("goes", EventTitle.thirdPerson("go"));
        assertEquals("reaches", EventTitle.thirdPerson("reach"));
        assertEquals("is", EventTitle.thirdPerson("be"));
        assertEquals("has", EventTitle.thirdPerson("have"));
    }

    @Test
    void shouldGlueClitizedWordsToTheWordBefore() {
        assertEquals("Kilmer hasn't left", EventTitle.join(List.of("Kilmer", "has", "n't", "left")));
        assertEquals("the board's vote", EventTitle.join(List.of("the", "board", "'s", "vote")));
        assertEquals("a two-day strike", EventTitle.join(List.of("a", "two", "-", "day", "strike")));
    }

    @Test
    void shouldDropDanglingFunctionWordsButKeepTwoWords() {
        List<String> cut = new ArrayList<>(List.of("Ostrova", "flies", "to", "the"));
        EventTitle.trimTrailing(cut);
        assertEquals(List.of("Ostrova", "flies"), cut);

        List<String> short_ = new ArrayList<>(List.of("Ostrova", "in"));
        EventTitle.trimTrailing(short_);
        assertEquals(List.of("Ostrova", "in"), short_);
    }

    @Test
    void shouldDropAPrepositionOfTopicLeftByTheWordLimit() {
        List<String> cut = new ArrayList<>(List.of("Ruiz", "travels", "to", "Oslo", "for", "talks", "about"));
        EventTitle.trimTrailing(cut);
        assertEquals(List.of("Ruiz", "travels", "to", "Oslo", "for", "talks"), cut);

        List<String> between = new ArrayList<>(List.of("talks", "resume", "between"));
        EventTitle.trimTrailing(between);
        assertEquals(List.of("talks", "resume"), between);
    }

    @Test
    void shouldRecogniseARoleChainEndingAtAPersonsName() {
        Tagged s = Tagged.of("Harbour union leader Greta Solberg called the strike.");

        assertTrue(EventTitle.titleBeforeName(s.tokens(), s.mentions(), s.at("leader")));
        assertFalse(EventTitle.titleBeforeName(s.tokens(), s.mentions(), s.at("strike")));
    }

    @Test
    void shouldComposeWhoActionAndPlaceWithoutTheDate() {
        Tagged s = Tagged.of("Ostrova will fly to Riga on Thursday for talks.");
        List<int[]> dates = List.of(span(s, "Thursday", "Thursday"));

        String title = new EventTitle(s.tokens(), s.mentions(), s.attribution(), dates)
                .compose(List.of("Ostrova"), NO_SUBJECT, s.at("fly"), false, -1, Stance.ASSERTS, -1);

        assertEquals("Ostrova flies to Riga for talks", title);
    }

    @Test
    void shouldKeepALoneYearInTheTitle() {
        Tagged s = Tagged.of("Kilmer has led the port authority since 2019.");
        List<int[]> dates = List.of(span(s, "2019", "2019"));

        String title = new EventTitle(s.tokens(), s.mentions(), s.attribution(), dates)
                .compose(List.of("Kilmer"), NO_SUBJECT, s.at("led"), false, -1, Stance.ASSERTS, -1);

        assertEquals("Kilmer leads the port authority since 2019", title);
    }

    @Test
    void shouldWriteADeniedEventWithDoesNotOrDoNot() {
        Tagged s = Tagged.of("The dock workers did not walk out on Monday.");
        int[] subject = {s.at("The"), s.at("did")};

        String title = new EventTitle(s.tokens(), s.mentions(), s.attribution(), List.of(span(s, "Monday", "Monday")))
                .compose(List.of("dock", "workers"), subject, s.at("walk"), false, -1, Stance.DENIES, -1);

        assertEquals("Dock workers do not walk out", title);
    }

    @Test
    void shouldTitleReportedSpeechAsSourceSaysWhatWasSaid() {
        Tagged s = Tagged.of("The harbour office has not received any inspection report, Kilmer said on Monday.");
        String title = new EventTitle(s.tokens(), s.mentions(), s.attribution(), List.of(span(s, "Monday", "Monday")))
                .compose(List.of("Kilmer"), NO_SUBJECT, s.at("said"), true, s.at("received"), Stance.DENIES, 0);

        assertEquals("Kilmer says harbour office has not received any inspection report", title);
    }

    @Test
    void shouldKeepAPluralNounThatOpensTheSentenceAsTheSubject() {
        EventCandidate c = ExtractedCandidates.only(
                "Hackers breached the mail servers of Ostmark Rail on Sunday, a spokesman said.", java.time.LocalDate.of(2026, 3, 10));

        assertEquals("Hackers breach the mail servers of Ostmark Rail", c.title());
    }
}
