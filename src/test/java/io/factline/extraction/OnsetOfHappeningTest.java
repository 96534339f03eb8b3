package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** s17-verbs: a verb of onset with a happening noun as its subject tells that happening ({@link StartedHappening}). */
class OnsetOfHappeningTest {

    private static final LocalDate REFERENCE = LocalDate.of(2031, 6, 12);

    private static String any(String sentence, String verb) {
        Tagged s = Tagged.of(sentence);
        return StartedHappening.anyHappening(s.tokens(), s.at(verb));
    }

    @Test
    void shouldReadAFireThatStartsOrBreaksOutAsTheFire() {
        EventCandidate started = ExtractedCandidates.only("The blaze started on Sunday near the village of Tarrow.", REFERENCE);
        EventCandidate brokeOut = ExtractedCandidates.only("A brush fire that broke out near Tarrow on Monday destroyed two barns.",
                REFERENCE);
        assertEquals("fire", started.kind());
        assertEquals("fire", brokeOut.kind());
        assertEquals(started.action(), brokeOut.action());
    }

    @Test
    void shouldReadAnyHappeningNounSaidToBeginAsItsOwnAct() {
        assertEquals("eruption", any("The eruption of Mount Ilsa, which began on Sunday night, closed the airport.", "began"));
        assertEquals("evacuation", any("The evacuation of Pirnby began on Tuesday.", "began"));
        assertEquals("fire", any("The grass fire erupted near the airfield on Friday.", "erupted"));
    }

    @Test
    void shouldMeetTheVerbOfTheSameHappeningAcrossNounAndVerb() {
        EventCandidate noun = ExtractedCandidates.only("The eruption of Mount Ilsa, which began on Sunday night, closed the airport.",
                REFERENCE);
        EventCandidate verb = ExtractedCandidates.only("Mount Ilsa erupted on Monday.", REFERENCE);
        assertEquals("eruption", noun.kind());
        assertEquals("erupt", verb.kind());
        assertEquals(true, EventKinds.compatible(noun.kind(), verb.kind()));
        assertEquals(true, EventKinds.sameAction(noun.action(), verb.action()));
    }

    @Test
    void shouldReadAPronounForAHappeningNamedEarlierInTheSentence() {
        assertEquals("fire", any("Crews put out the grass fire on Friday, two days after it broke out near Tarrow.", "broke"));
    }

    @Test
    void shouldReadAnInquiryThatBeganAsTheInquiryOpened() {
        EventCandidate began = ExtractedCandidates.only("The investigation, which began on Tuesday, will take months.", REFERENCE);
        assertEquals(InquiryOpened.KIND, began.kind());
        assertEquals(InquiryOpened.ACTION, began.action());
    }

    @Test
    void shouldKeepEndsObjectsPronounsAndNounsOfNoHappening() {
        assertEquals("end", ExtractedCandidates.only("The strike ended on Tuesday.", REFERENCE).kind());
        assertEquals("begin", ExtractedCandidates.only("The union began a strike on Monday.", REFERENCE).kind());
        assertEquals("start", ExtractedCandidates.only("The season started on Saturday.", REFERENCE).kind());
        assertNull(any("It broke out on Monday.", "broke"));
        assertNull(any("The mayor thanked the crews after it broke out on Monday.", "broke"));
        assertNull(any("Two prisoners broke out of the jail on Monday.", "broke"));
        assertNull(any("The ferry service started on Monday.", "started"));
    }
}
