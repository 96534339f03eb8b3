package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A document said to come out ("a final report will come in March", "the findings should arrive
 * next week", "the results came out on Friday") is its publication: one outlet writes that the
 * inspectors will publish their report, another that the report will come. The act is "publish"
 * and the object the document, so the two meet; "come" alone would make it a trip.
 */
final class DocumentArrival {

    static final String PUBLISH = "publish";
    /** Nouns of a document that is published rather than sent to someone. */
    private static final Set<String> DOCUMENTS = Set.of("report", "finding", "findings", "result", "results", "study", "review",
            "figure", "figures");
    private static final Set<String> ARRIVING = Set.of("come", "arrive");
    /** How many words (auxiliaries, adverbs) may stand between the document and its verb. */
    private static final int REACH = 3;

    private DocumentArrival() {
    }

    /** The document noun that is the subject of {@code verb} when that verb says it comes out; -1 otherwise. */
    static int document(List<Token> tokens, int verb) {
        if (!ARRIVING.contains(tokens.get(verb).lemma())) {
            return -1;
        }
        for (int k = verb - 1; k >= 0 && k >= verb - REACH; k--) {
            Token t = tokens.get(k);
            if (t.noun()) {
                return DOCUMENTS.contains(t.lemma()) ? k : -1;
            }
            boolean between = t.pos().equals("AUX") || t.pos().equals("ADV") || t.pos().equals("PART");
            if (!between) {
                return -1;
            }
        }
        return -1;
    }
}
