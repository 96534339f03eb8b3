package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReducedRelativeTest {

    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2031, 3, 14);

    private static EventCandidate dated(String text, String date) {
        return ExtractedCandidates.EXTRACTOR.extract(text, FRIDAY).stream()
                .filter(c -> c.date().value().equals(date)).findFirst().orElseThrow();
    }

    @Test
    void shouldTitleTheDoerOfAParticipleAfterAnObject() {
        EventCandidate figure = dated("The opposition questioned the budget figures published by the treasury on Tuesday.",
                "2031-03-11");

        assertEquals("publish", figure.action());
        assertTrue(figure.title().startsWith("Treasury publishes"), figure::toString);
    }

    @Test
    void shouldKeepTheActPassiveWithoutADoer() {
        EventCandidate fine = dated("The carrier is challenging the record fine imposed on it last week.",
                "2031-03-03/2031-03-09");

        assertTrue(fine.title().contains("fine imposed"), fine::toString);
    }

    @Test
    void shouldGiveTheNameBeforeAnAppositionWithAParticipleItsOwnLaterAct() {
        EventCandidate denial = dated("Tomas Riedel, the referee suspended by the league in January, on Thursday denied "
                + "that he had taken money.", "2031-03-13");

        assertEquals(List.of("Tomas Riedel"), denial.participantNames());
        assertTrue(denial.title().startsWith("Riedel denies"), denial::toString);
    }

    @Test
    void shouldLeaveAMainVerbAndAClauseAfterASayingVerbActive() {
        List<Token> subject = tokens("The council rejected the plan on Monday .", "DET NOUN VERB DET NOUN ADP PROPN PUNCT",
                "the council reject the plan on monday .");
        List<Token> clause = tokens("officials said the fire started on Monday", "NOUN VERB DET NOUN VERB ADP PROPN",
                "official say the fire start on monday");
        List<Token> object = tokens("police found the car stolen from a yard", "NOUN VERB DET NOUN VERB ADP DET NOUN",
                "police find the car steal from a yard");
        List<Token> reduced = tokens("he disputed the account given by the chief", "PRON VERB DET NOUN VERB ADP DET NOUN",
                "he dispute the account give by the chief");

        assertFalse(ReducedRelative.at(subject, 2));
        assertFalse(ReducedRelative.at(clause, 4));
        assertFalse(ReducedRelative.at(object, 4));
        assertTrue(ReducedRelative.at(reduced, 4));
    }

    private static List<Token> tokens(String words, String tags, String lemmas) {
        String[] w = words.split(" ");
        String[] t = tags.split(" ");
        String[] l = lemmas.split(" ");
        java.util.ArrayList<Token> out = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < w.length; i++) {
            out.add(new Token(w[i], at, at + w[i].length(), t[i], l[i]));
            at += w[i].length() + 1;
        }
        return out;
    }
}
