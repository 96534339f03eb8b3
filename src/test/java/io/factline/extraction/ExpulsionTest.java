package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One expulsion told in many words ({@link Expulsion}), a reaction told with the act it was made by
 * ({@link MeansAct}).
 */
class ExpulsionTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 10, 16);

    private static EventCandidate dated(String text, String value) {
        List<EventCandidate> all = ExtractedCandidates.EXTRACTOR.extract(text, REFERENCE);
        return all.stream().filter(c -> c.date().value().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError(value + " not in " + all));
    }

    @Test
    void shouldReadEveryWordingOfAnExpulsionAsOneKindAndAction() {
        List<String> wordings = List.of(
                "Carthea expelled Dovrin's ambassador, Olaf Renn, on Tuesday.",
                "The government ordered Ambassador Olaf Renn out on Tuesday.",
                "Carthea's foreign ministry declared Renn persona non grata on Tuesday evening.",
                "Renn was summoned to the ministry on Tuesday and handed a note declaring him persona non grata.",
                "Carthea deported the Dovrin diplomat Olaf Renn on Tuesday.",
                "Olaf Renn, the envoy Carthea ordered out on Tuesday, flew home on Thursday.");
        for (String wording : wordings) {
            EventCandidate c = dated(wording, "2026-10-13");
            assertEquals(EventKinds.EXPULSION, c.kind(), wording);
            assertEquals(Expulsion.EXPEL, c.action(), wording);
        }
    }

    @Test
    void shouldDateAnOrderToLeaveWhenItWasGivenNotWhenTheDiplomatMustGo() {
        EventCandidate c = dated("The interior ministry ordered Dovrin's envoy to leave the country within 48 hours on Tuesday.",
                "2026-10-13");

        assertEquals(EventKinds.EXPULSION, c.kind());
    }

    @Test
    void shouldReadAPassiveOrderToLeaveGivenToADiplomatAsTheExpulsion() {
        EventCandidate c = dated("The ambassador, Olaf Renn, who was ordered to leave Carthea on Tuesday, flew home on Thursday.",
                "2026-10-13");

        assertEquals(EventKinds.EXPULSION, c.kind());
        assertTrue(c.participants().stream().anyMatch(p -> p.name().equals("Olaf Renn")), c::toString);
        assertTrue(c.participants().stream().anyMatch(p -> p.name().equals("Carthea")), c::toString);
    }

    @Test
    void shouldKeepResidentsOrderedToLeaveAnEvacuation() {
        EventCandidate c = dated("The mayor ordered residents to leave the valley on Tuesday.", "2026-10-13");

        assertEquals(EventKinds.EVACUATION, c.kind());
    }

    @Test
    void shouldTakeTheActAReactionWasMadeBy() {
        EventCandidate retaliation = dated("Dovrin retaliated on Wednesday by expelling three Carthean diplomats.",
                "2026-10-14");
        EventCandidate told = dated("Dovrin expelled three Carthean diplomats on Wednesday.", "2026-10-14");

        assertEquals(EventKinds.EXPULSION, retaliation.kind());
        assertEquals(told.action(), retaliation.action());
        assertEquals(told.theme(), retaliation.theme());
        assertEquals("lay", dated("Veterans marked the anniversary on Sunday by laying flowers at the gate.",
                "2026-10-11").action());
    }
}
