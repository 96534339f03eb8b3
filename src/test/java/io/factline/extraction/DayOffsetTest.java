package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DayOffsetTest {

    private static List<DayOffset> offsets(String sentence) {
        return DayOffset.in(Nlp.english().tokens(sentence));
    }

    private static DayOffset only(String sentence) {
        List<DayOffset> found = offsets(sentence);
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    @Test
    void shouldCountDaysAndWeeksAfterOrBeforeAHappening() {
        assertEquals(3, only("The band split up on Friday, three days after its singer quit.").days());
        assertEquals(1, only("The river burst its banks a day after the storm hit the coast.").days());
        assertEquals(-7, only("The minister resigned on Sunday, a week before the election.").days());
        assertEquals(-14, only("The plant closed two weeks before the merger was signed.").days());
    }

    @Test
    void shouldTakeHoursAndMinutesOnTheHappeningsDay() {
        assertEquals(0, only("Crews reached the tunnel on Monday, hours after the collapse.").days());
        assertEquals(0, only("The mayor spoke just minutes after the vote ended.").days());
        assertEquals(0, only("Traders sold the shares two hours after the report came out.").days());
    }

    @Test
    void shouldCountTheMorningAfterAndTheEveOf() {
        assertEquals(1, only("The coach was sacked the morning after the final.").days());
        assertEquals(-1, only("The envoys arrived on the eve of the summit.").days());
        assertEquals(-1, only("The ferry sank the night before the regatta began.").days());
    }

    @Test
    void shouldCountLaterFromTheStory() {
        DayOffset later = only("Two days later, the council reversed its decision.");

        assertEquals(2, later.days());
        assertTrue(later.fromStory());
    }

    @Test
    void shouldNotCountAVagueOrLongSpan() {
        assertTrue(offsets("The company changed its chief days after the loss was reported.").isEmpty());
        assertTrue(offsets("Several hours after the alarm sounded, firefighters arrived.").isEmpty());
        assertTrue(offsets("The airport reopened 20 hours after the crash.").isEmpty());
        assertTrue(offsets("The talks resumed months after the ceasefire.").isEmpty());
        assertTrue(offsets("Guards watched the gate for two hours after the raid.").isEmpty());
    }

    @Test
    void shouldLeaveToTheEngineWhatItDatesItself() {
        assertTrue(offsets("The bridge reopened on Monday. Two days earlier, inspectors approved it.").isEmpty());
        assertTrue(offsets("The pilot had landed the day before.").isEmpty());
    }
}
