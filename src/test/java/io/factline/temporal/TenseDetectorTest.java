package io.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TenseDetectorTest {

    @Test
    void shouldReadFutureFromModal() {
        assertTense(Tense.FUTURE, "The minister will visit the plant on Friday", "Friday");
    }

    @Test
    void shouldReadPastFromIrregularAndRegularVerbs() {
        assertTense(Tense.PAST, "The minister spoke to workers on Friday", "Friday");
        assertTense(Tense.PAST, "The minister visited the plant on Friday", "Friday");
    }

    @Test
    void shouldReadIrregularPastTheTaggerCallsANoun() {
        assertTense(Tense.PAST, "The board met in March", "March");
        // the verbless-sentence fallback would otherwise take the next sentence's future
        Tagging.assertDate("The board met in March. It will meet again in the autumn.", "March", "2025-03");
    }

    @Test
    void shouldReadPerfectAsPast() {
        assertTense(Tense.PAST, "The minister has visited the plant since Friday", "Friday");
    }

    @Test
    void shouldPreferMarkerInOwnClause() {
        assertTense(Tense.FUTURE, "The minister arrived and will visit the plant on Friday", "Friday");
        assertTense(Tense.PAST, "The minister arrived on Monday and will visit the plant later", "Monday");
    }

    @Test
    void shouldReadSchedulingPhraseAsFuture() {
        assertTense(Tense.FUTURE, "The minister is due to visit the plant on Friday", "Friday");
    }

    @Test
    void shouldReadTakingEffectInThePresentAsFuture() {
        assertTense(Tense.FUTURE, "The new parking charges take effect in March, the council said on Friday", "March");
        assertTense(Tense.FUTURE, "Season passes for the ski lifts go on sale in June", "June");
        assertTense(Tense.FUTURE, "The fishing quota comes into force on Monday", "Monday");
        assertTense(Tense.FUTURE, "The customs pact enters into force in July", "July");
        assertTense(Tense.FUTURE, "The booking portal goes live in April", "April");
        assertTense(Tense.FUTURE, "The agency said the booster becomes available to pharmacies in May", "May");
        assertTense(Tense.FUTURE, "The lease on the depot runs out in June, the operator said", "June");
        assertTense(Tense.PAST, "The lease on the depot ran out in June", "June");
        // with a January publication date, the past reading would be March of last year
        Tagging.assertDate("The new parking charges take effect in March, the council said on Friday.", "March",
                "2026-03");
    }

    @Test
    void shouldKeepPastOfTakingEffectAsPast() {
        assertTense(Tense.PAST, "The levy on plastic cups took effect in March", "March");
        assertTense(Tense.PAST, "The stamps went on sale in March", "March");
        assertTense(Tense.PAST, "The tariff has come into force in March", "March");
    }

    @Test
    void shouldReadDueToBeforeATimetableVerbAsPlan() {
        assertTense(Tense.FUTURE, "The former mayor is due to appear before the panel on Thursday", "Thursday");
        assertTense(Tense.PAST, "Ferries were cancelled due to fog on Thursday", "Thursday");
    }

    @Test
    void shouldReadRestartAndReconveneAsTimetableVerbs() {
        assertTense(Tense.FUTURE, "The reactor restarts in May, the utility said on Monday", "May");
        assertTense(Tense.FUTURE, "The inquiry reconvenes on Thursday, a clerk said", "Thursday");
    }

    @Test
    void shouldReadPastHopeOrIntentionAsFuture() {
        assertTense(Tense.FUTURE, "The goalkeeper said he hoped to return to training in June", "June");
        assertTense(Tense.FUTURE, "The club said it intended to appoint a new coach in April", "April");
        assertTense(Tense.FUTURE, "The regulator said it aimed to publish its findings in May", "May");
    }

    @Test
    void shouldReadPlanBeforeAPassiveAsFuture() {
        assertTense(Tense.FUTURE, "The striker was due to be sentenced on Friday, his lawyer said", "Friday");
        assertTense(Tense.FUTURE, "Police said the driver was expected to be charged on Thursday", "Thursday");
        assertTense(Tense.PAST, "The appeal had been due to be heard on Friday", "Friday");
    }

    @Test
    void shouldReadForecastWithPlainObjectAsFuture() {
        assertTense(Tense.FUTURE, "The bureau expects a dry April after a wet winter, but warned of floods", "April");
        assertTense(Tense.FUTURE, "Economists predict a rebound in March", "March");
        assertTense(Tense.PAST, "Traders did not expect a slump in March", "March");
    }

    @Test
    void shouldReadPresentScheduleAsPresent() {
        assertTense(Tense.PRESENT, "The exhibition is open to visitors on Friday", "Friday");
    }

    @Test
    void shouldLookForMarkerOnlyWithinBoundedDistance() {
        String near = "The minister visited the plant" + " and the mill".repeat(20) + " on Friday";
        String far = "The minister visited the plant" + " and the mill".repeat(TenseDetector.MAX_MARKER_DISTANCE / 3 + 1)
                + " on Friday";
        assertTense(Tense.PAST, near, "Friday");
        assertTense(Tense.UNKNOWN, far, "Friday");
    }

    private static void assertTense(Tense expected, String clause, String expression) {
        String sentence = clause + ".";
        NlpPipeline pipeline = new NlpPipeline(OpenNlpModels.get());
        Sentence analysed = new Sentence(pipeline, sentence, 0, sentence.length());
        int begin = sentence.indexOf(expression);
        assertEquals(expected, analysed.tenseAround(begin, begin + expression.length()), sentence);
    }

    @Test
    void shouldNotTakeParticipleAfterBeForPast() {
        assertTense(Tense.FUTURE, "The handover would still be held in the old harbour on Friday", "Friday");
    }

    @Test
    void shouldNotTakeParticipleAfterGetForPast() {
        assertTense(Tense.FUTURE, "The orchards are going to get hit by frost in April", "April");
        assertTense(Tense.FUTURE, "Small growers are going to start getting beat on price in the spring", "the spring");
    }

    @Test
    void shouldReadPlanBeforeExpressionAsFuture() {
        assertTense(Tense.FUTURE, "The crew planned to sail from the harbour on Thursday", "Thursday");
        assertTense(Tense.FUTURE, "Farmers planned a march through the town on Saturday", "Saturday");
    }

    @Test
    void shouldReadAPlanOfItsOwnThingAheadEvenBeforeAPastAttribution() {
        assertTense(Tense.FUTURE, "The ferry line plans its next crossing in May, the harbour master said", "May");
    }

    @Test
    void shouldReadPlanAfterFrontedExpressionAsPast() {
        assertTense(Tense.PAST, "On Friday, the council planned to publish its budget", "Friday");
    }

    @Test
    void shouldReadPlanInPastPerfectAsPast() {
        assertTense(Tense.PAST, "The tender had been scheduled to close on Friday", "Friday");
    }

    @Test
    void shouldReadFailedAttemptAsPast() {
        assertTense(Tense.PAST, "The mayor could not be reached on Wednesday", "Wednesday");
        assertTense(Tense.PAST, "Neither the coach nor his assistant could be reached Wednesday", "Wednesday");
        assertTense(Tense.PAST, "Nobody at the embassy could be contacted on Wednesday", "Wednesday");
    }

    @Test
    void shouldReadClauseAfterFrontedExpression() {
        assertTense(Tense.PAST, "In March, the bakery closed its last shop", "March");
    }

    @Test
    void shouldReadPerfectWithParticipleTaggedAsAdjectiveAsPast() {
        assertTense(Tense.PAST, "The shares have fluctuated widely since March", "March");
    }

    @Test
    void shouldReadCommitmentBeforeExpressionAsPlan() {
        assertTense(Tense.FUTURE, "The two clubs agreed to merge their youth teams in April", "April");
        assertTense(Tense.FUTURE, "The board has decided to close the older depot in June", "June");
        assertTense(Tense.FUTURE, "The mayor pledged to reopen the library on Saturday", "Saturday");
    }

    @Test
    void shouldReadPresentPlanAfterFrontedExpressionAsFuture() {
        assertTense(Tense.FUTURE, "On Thursday, the nurses' union plans to rally outside the clinic that closed", "Thursday");
        assertTense(Tense.FUTURE, "In May, the court is expected to hear the appeal that was filed", "May");
    }

    @Test
    void shouldReadEarliestPossibleTimeAsFuture() {
        assertTense(Tense.FUTURE, "Traders said buyers were ready to bid as soon as the auction opened Monday", "Monday");
        assertTense(Tense.FUTURE, "The ferry could sail as early as Friday, the operator said", "Friday");
    }

    @Test
    void shouldReadPresentInConditionClauseAsFuture() {
        assertTense(Tense.FUTURE, "The tenants had refused to sign anything before the appeal is heard in June", "June");
        assertTense(Tense.FUTURE, "The club said it would sell the ground if the council approves the plan on Monday",
                "Monday");
        assertTense(Tense.PAST, "The bakery closed when the owner retired in June", "June");
    }

    @Test
    void shouldReadListOfNamesAsOneClause() {
        assertTense(Tense.FUTURE, "The league has agreed to admit Leeds, Hull and the Isle of Wight in May, a spokesman said",
                "May");
        assertTense(Tense.FUTURE, "The council decided to twin with Lyon, Porto and the Dutch town of Delft in June, "
                + "its clerk wrote", "June");
        assertTense(Tense.PAST, "On Monday, Hughes said the ferry would sail", "Monday");
    }

    @Test
    void shouldReadPlanNounBeforeExpressionAsPlan() {
        assertTense(Tense.FUTURE, "The brewer announced an agreement to buy the cider maker in March", "March");
        assertTense(Tense.FUTURE, "Rivals mocked the council's decision to close the pool in August", "August");
        assertTense(Tense.PAST, "The offer to buy the club lapsed on Friday", "Friday");
    }

    @Test
    void shouldReadShouldAsAhead() {
        assertTense(Tense.FUTURE, "Cooler air should arrive over the weekend", "the weekend");
        assertTense(Tense.PAST, "The crew should have landed on Sunday", "Sunday");
    }

    @Test
    void shouldReadATimetableInThePresentAsAhead() {
        assertTense(Tense.FUTURE, "The trial begins in March", "March");
        assertTense(Tense.FUTURE, "The hearing resumes on Monday after a short break", "Monday");
        assertTense(Tense.FUTURE, "Campaigning ends at midnight on Friday", "Friday");
        assertTense(Tense.PAST, "The trial began in March", "March");
        assertTense(Tense.PAST, "Housing starts in March fell sharply", "March");
    }

    @Test
    void shouldNotTakeATimeOfDayForAVerb() {
        assertTense(Tense.PAST, "The storm made landfall shortly before dawn on Sunday", "Sunday");
    }

    @Test
    void shouldReadWhatFollowsSinceAsPast() {
        assertTense(Tense.PAST, "She has not played since the French Open in June and will be out for a month", "June");
    }

    @Test
    void shouldReadPlainTimetableVerbTheTaggerCallsANounAsAhead() {
        assertTense(Tense.FUTURE, "Ferry crossings resume in September, the operator said", "September");
        assertTense(Tense.FUTURE, "Both reactors restart on Monday, the utility said", "Monday");
    }

    @Test
    void shouldReadRoseAndFellBeforeAFigureAsPast() {
        Tagging.assertDate("Sales rose 5% in the fourth quarter.", "the fourth quarter", "2025-Q4");
        Tagging.assertDate("Profit rose sharply in the fourth quarter.", "the fourth quarter", "2025-Q4");
    }
}
