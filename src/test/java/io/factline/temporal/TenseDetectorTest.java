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
    void shouldReadPresentScheduleAsPresent() {
        assertTense(Tense.PRESENT, "The exhibition is open to visitors on Friday", "Friday");
    }

    private static void assertTense(Tense expected, String clause, String expression) {
        String sentence = clause + ".";
        NlpPipeline pipeline = new NlpPipeline(OpenNlpModels.get());
        Sentence analysed = new Sentence(pipeline, sentence, 0, sentence.length());
        int begin = sentence.indexOf(expression);
        assertEquals(expected, analysed.tenseAround(begin, begin + expression.length()), sentence);
    }
}
