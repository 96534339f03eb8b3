package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A verdict told as "found guilty", "convicted" or "acquitted" is one ruling about the verdict. */
class VerdictTest {

    /** A Saturday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 10, 10);

    private static EventCandidate only(String text) {
        return ExtractedCandidates.only(text, REFERENCE);
    }

    @Test
    void shouldTellAJuryFindingSomeoneGuiltyAndAConvictionAsOneVerdict() {
        EventCandidate found = only("A jury at the county court on Thursday found Delia Ostrander, a former bookkeeper, guilty of arson.");
        EventCandidate convicted = only("Delia Ostrander was convicted of arson on Thursday.");

        assertEquals(Verdict.CONVICT, found.action());
        assertEquals(Verdict.CONVICT, convicted.action());
        assertEquals(Verdict.VERDICT, found.theme());
        assertEquals(Verdict.VERDICT, convicted.theme());
        assertEquals(EventKinds.RULING, found.kind());
        assertEquals(EventKinds.RULING, convicted.kind());
        assertEquals("2026-10-08", convicted.date().value());
    }

    @Test
    void shouldNameOnlyThePersonAVerdictConcerns() {
        EventCandidate found = only("A jury at Selby Crown Court on Thursday found Oskar Brandt, the former mayor "
                + "of Ellery, guilty of taking kickbacks.");

        assertEquals(java.util.List.of("Oskar Brandt"), found.participantNames());
    }

    @Test
    void shouldTellNotGuiltyAndAcquittedAsTheAcquittal() {
        assertEquals(Verdict.ACQUIT, only("Magistrates found Piet Haverkamp not guilty of dangerous driving on Monday.").action());
        assertEquals(Verdict.ACQUIT, only("Piet Haverkamp was acquitted of dangerous driving on Monday.").action());
        assertEquals(Verdict.ACQUIT, only("Piet Haverkamp was cleared of all charges on Monday.").action());
    }

    @Test
    void shouldKeepOtherFindingsAndClearings() {
        EventCandidate body = only("Divers found the missing trawler on Monday.");
        EventCandidate road = only("Crews cleared the coast road on Monday.");

        assertEquals("find", body.action());
        assertNotEquals(EventKinds.RULING, body.kind());
        assertEquals("clear", road.action());
    }
}
