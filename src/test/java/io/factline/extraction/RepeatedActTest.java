package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import io.factline.date.EdtfDate;
import io.factline.entity.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports that tell their act as one of several of its kind ({@link RepeatedAct}), in sentences of my own. */
class RepeatedActTest {

    private static final String STRIKE = "strike";

    @Test
    void shouldReadAnActToldAgain() {
        assertTrue(RepeatedAct.marked("Bus drivers in Selmar walked out again on Friday.", STRIKE));
        assertTrue(RepeatedAct.marked("The ferry crews stopped work once more on Monday, the union said.", STRIKE));
    }

    @Test
    void shouldReadOneMoreActOfTheKindOrOneMoreTime() {
        assertTrue(RepeatedAct.marked("Bus drivers in Selmar staged another walkout on Friday.", STRIKE));
        assertTrue(RepeatedAct.marked("Nurses at Hallberg Hospital began a second one-day strike on Monday.", STRIKE));
        assertTrue(RepeatedAct.marked("Nurses at Hallberg Hospital stopped work for the third time on Monday.", STRIKE));
    }

    @Test
    void shouldReadSeveralActsOfTheKindOrARecurringTime() {
        assertTrue(RepeatedAct.marked("The union has called a series of strikes at the airport from Monday.", STRIKE));
        assertTrue(RepeatedAct.marked("Guards at the mine have walked out every Monday since March.", STRIKE));
    }

    @Test
    void shouldNotReadACountOfDaysOrAnotherNounAsARepeat() {
        assertFalse(RepeatedAct.marked("The strike at Selmar Buses, which began on Thursday, entered its second day "
                + "on Friday.", STRIKE));
        assertFalse(RepeatedAct.marked("Bus drivers at Selmar Buses walked off the job on Thursday over a new rota.",
                STRIKE));
        assertFalse(RepeatedAct.marked("Selmar Buses recalled 40 new vehicles on Thursday.", STRIKE));
    }

    @Test
    void shouldReadAnArticleThatTellsTheActOnTwoDays() {
        EventCandidate monday = walkout("Selmar Buses", "2038-06-07");
        EventCandidate thursday = walkout("Selmar Buses", "2038-06-10");
        EventCandidate otherParty = walkout("Lindby Trams", "2038-06-10");
        EventCandidate sameDay = walkout("Selmar Buses", "2038-06-07");

        assertTrue(RepeatedAct.twoDays(monday, List.of(monday, thursday)));
        assertFalse(RepeatedAct.twoDays(monday, List.of(monday, otherParty)));
        assertFalse(RepeatedAct.twoDays(monday, List.of(monday, sameDay)));
    }

    @Test
    void shouldReadTheStoredReportsToo() {
        EventCandidate strike = walkout("Selmar Buses", "2038-06-07");

        assertTrue(RepeatedAct.told(strike, List.of(strike),
                List.of("Drivers at Selmar Buses walked out again on Tuesday.")));
        assertFalse(RepeatedAct.told(strike, List.of(strike),
                List.of("Drivers at Selmar Buses walked off the job on Tuesday.")));
    }

    private static EventCandidate walkout(String company, String day) {
        String quote = "Drivers at " + company + " walked off the job.";
        return new EventCandidate("Drivers walk off the job", STRIKE, "walkout", "job",
                List.of(new EventCandidate.Participant(company, EntityKind.ORGANIZATION)), null, EdtfDate.parse(day),
                null, Stance.ASSERTS, quote, 0, quote.length());
    }

    @Test
    void shouldNotReadTalksAsSeveralMeetings() {
        assertFalse(RepeatedAct.marked("The talks in Vessby followed a meeting between the two ministers on Tuesday.",
                "meeting"));
        assertTrue(RepeatedAct.marked("The two ministers have held several meetings in Vessby since May.", "meeting"));
    }
}
