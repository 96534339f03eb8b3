package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentArrivalTest {

    private static int documentOf(String sentence, String verb) {
        List<Token> tokens = Nlp.english().tokens(sentence);
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).is(verb)) {
                int document = DocumentArrival.document(tokens, k);
                return document < 0 ? -1 : tokens.get(document).begin();
            }
        }
        throw new AssertionError(verb + " not in " + tokens);
    }

    @Test
    void shouldFindTheDocumentThatComesOut() {
        String sentence = "The inspectors said a final report will come in March.";
        assertEquals(sentence.indexOf("report"), documentOf(sentence, "come"));
        String other = "The findings should arrive next week.";
        assertEquals(other.indexOf("findings"), documentOf(other, "arrive"));
    }

    @Test
    void shouldLeavePeopleAndOtherNounsThatComeAlone() {
        assertEquals(-1, documentOf("The minister will come to Lund in March.", "come"));
        assertEquals(-1, documentOf("The report's author will come in March.", "come"));
        assertEquals(-1, documentOf("The delegation arrived on Monday.", "arrived"));
    }

    @Test
    void shouldTellAComingReportAsItsPublication() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "The Harbour Authority's chief inspector, Lena Marsh, has said a final report will come in May.",
                LocalDate.of(2026, 3, 10));
        EventCandidate report = found.stream().filter(c -> "report".equals(c.theme())).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(DocumentArrival.PUBLISH, report.action());
        assertEquals(EventKinds.of(DocumentArrival.PUBLISH), report.kind());
    }
}
