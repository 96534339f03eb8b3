package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleDateFinderTest {

    /** Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 21);
    private final RuleDateFinder finder = new RuleDateFinder();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The two envoys will fly to Oslo on Thursday for talks.|Thursday|2026-01-22",
            "The minister told reporters Tuesday that no text had arrived.|Tuesday|2026-01-20",
            "She plans to meet union leaders later Wednesday.|later Wednesday|2026-01-21",
            "They will leave Thursday night.|Thursday night|2026-01-22",
            "He got the paper earlier this month from an aide.|earlier this month|2026-01-01/2026-01-20",
            "She joined the delegation at talks last month.|last month|2025-12",
            "The deal reached at their August summit still holds.|August|2025-08",
            "The court will rule in March, lawyers said.|March|2026-03",
            "Fighting there goes back to 2014.|2014|2014",
            "The vote took place on January 12.|January 12|2026-01-12",
            "The plant opened on 3 May 2019.|3 May 2019|2019-05-03",
            "Trading resumes next week.|next week|2026-01-26/2026-02-01",
            "The ministry said yesterday it would appeal.|yesterday|2026-01-20",
            "Sales fell sharply last year.|last year|2025"})
    void shouldResolveAgainstTheReferenceDay(String sentence, String text, String value) {
        List<FoundDate> found = finder.find(sentence, REFERENCE);

        assertEquals(1, found.size(), found::toString);
        assertEquals(text, found.get(0).text());
        assertEquals(value, found.get(0).date().value());
        assertEquals(text, sentence.substring(found.get(0).begin(), found.get(0).end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"They talked for two hours.", "The war has lasted almost four years.",
            "No documents arrived in recent weeks.", "Officials may agree a text, one said.",
            "Prices march upwards now.", "The 2014 rules still apply."})
    void shouldFindNoDateInDurationsAndGenericTime(String sentence) {
        assertEquals(List.of(), finder.find(sentence, REFERENCE));
    }
}
