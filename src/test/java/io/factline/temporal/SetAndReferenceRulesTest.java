package io.factline.temporal;

import static io.factline.temporal.Tagging.assertNothingIn;
import static io.factline.temporal.Tagging.assertTimex;
import static io.factline.temporal.Tagging.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SetAndReferenceRulesTest {

    @Test
    void shouldNormaliseRecurrences() {
        assertTimex("The committee meets every week.", "every week", TimexType.SET, "P1W");
        assertTimex("Inspectors visit daily.", "daily", TimexType.SET, "P1D");
        assertTimex("Markets open late each Monday.", "each Monday", TimexType.SET, "XXXX-WXX-1");
        assertTimex("Buses run every other month.", "every other month", TimexType.SET, "P2M");
        assertTimex("The club meets on Tuesday nights.", "Tuesday nights", TimexType.SET, "XXXX-WXX-2TNI");
    }

    @Test
    void shouldNormaliseVagueReferences() {
        assertTimex("The town is now calm.", "now", TimexType.DATE, "PRESENT_REF");
        assertTimex("Two plants are currently idle.", "currently", TimexType.DATE, "PRESENT_REF");
        assertTimex("The mayor recently resigned.", "recently", TimexType.DATE, "PAST_REF");
        assertTimex("Rates may rise in the future.", "the future", TimexType.DATE, "FUTURE_REF");
    }

    @Test
    void shouldNotTakeTheAdjectiveRecentForATime() {
        assertNothingIn("The recent closure of the ferry route angered islanders.");
        assertNothingIn("A recent survey of anglers found fewer trout.");
        assertTimex("Trout numbers have fallen in recent years.", "recent years", TimexType.DATE, "PAST_REF");
        assertTimex("The ferry route was recently closed.", "recently", TimexType.DATE, "PAST_REF");
    }

    @Test
    void shouldReadSoonAheadAsFutureReference() {
        assertTimex("The ferry line will soon add a second boat.", "soon", TimexType.DATE, "FUTURE_REF");
        assertNothingIn("The ferry left as soon as the fog lifted.");
        assertNothingIn("The driver was soon released from hospital.");
    }

    @Test
    void shouldReadNowThatAsThePresentButNotDiscourseNow() {
        assertTimex("Fares may fall now that the bridge has reopened.", "now", TimexType.DATE, "PRESENT_REF");
        assertTimex("Now the bakery sells bread to three towns.", "Now", TimexType.DATE, "PRESENT_REF");
        assertNothingIn("The pier was rebuilt. Now, the harbour master says, it needs a new crane.");
        assertNothingIn("Now for the results of the village quiz.");
    }

    @Test
    void shouldLeaveRatesUnannotated() {
        assertNothingIn("The mill reported an average daily output of four tonnes.");
        assertNothingIn("Membership grew 7% annually in the club's early days.");
        assertNothingIn("Ticket sales climbed eleven percent annually.");
        assertTimex("The orchard is sprayed annually.", "annually", TimexType.SET, "P1Y");
        assertNothingIn("The new line would turn out about 8,000 bicycles annually.");
        assertNothingIn("The chip handles 40 million operations per second.");
    }

    @Test
    void shouldReadThenCurrentAsPastReference() {
        assertTimex("Members could buy shares at the then current price.", "then current", TimexType.DATE, "PAST_REF");
    }

    @Test
    void shouldKeepARecurrenceApartFromItsClockTime() {
        String text = "The market opens every Monday at 8 a.m. in the square.";
        assertTimex(text, "every Monday", TimexType.SET, "XXXX-WXX-1");
        assertTimex(text, "8 a.m.", TimexType.TIME, "2026-01-21T08:00");
    }

    @Test
    void shouldReadWeekendsAsARecurrence() {
        assertTimex("The clinic is closed on weekends.", "weekends", TimexType.SET, "XXXX-WXX-WE");
    }

    @Test
    void shouldTakeFrequencyIntoItsSet() {
        assertTimex("The inspectors visit twice a year.", "twice a year", TimexType.SET, "P1Y");
        assertTimex("The panel meets three times a week.", "three times a week", TimexType.SET, "P1W");
        assertTimex("Statements arrive once a month.", "once a month", TimexType.SET, "P1M");
    }

    @Test
    void shouldLeaveFormerlyOutLikeFormer() {
        assertNothingIn("The bakery, formerly a bank branch, opened its doors to shoppers.");
        assertNothingIn("Ana Ruiz, formerly the club's treasurer, will chair the board.");
    }

    @Test
    void shouldTagTheDateAfterMostRecentlyButNotTheSequencingAdverb() {
        String text = "The bridge has flooded four times, most recently last March.";
        assertEquals(List.of("last March"), texts(tag(text)));
        assertEquals(List.of("Sunday"), texts(tag("Two ferries lost power, the second more recently on Sunday.")));
        assertTimex("The bridge was most recently repainted by a local firm.", "most recently", TimexType.DATE,
                "PAST_REF");
    }

    @Test
    void shouldNotReadThePastBeforeACountAsThePast() {
        assertNothingIn("Floods have closed the road for the past three summers.");
        assertNothingIn("The team has lost the past two finals.");
        assertTimex("Such storms were rare in the past.", "the past", TimexType.DATE, "PAST_REF");
    }

    private static List<String> texts(List<Timex> found) {
        return found.stream().map(Timex::text).toList();
    }
}
