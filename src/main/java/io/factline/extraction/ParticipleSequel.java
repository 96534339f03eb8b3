package io.factline.extraction;

import java.util.List;
import java.util.Locale;

/**
 * A clause opened by a comma and a present participle with no subject of its own goes on telling
 * the act before it ("freed four aid workers on Wednesday, handing them over to the Red Cross outside
 * the town of Tessal"): the people it names and its place are the act's, as another outlet that tells
 * the same act in one clause ("released four of them at a Red Cross post") names them. A participle
 * of saying (", adding that …", ", saying …") opens what was said instead, and is left out.
 */
final class ParticipleSequel {

    private ParticipleSequel() {
    }

    /**
     * When the comma at {@code clauseEnd} opens such a participle clause, that clause's end;
     * otherwise {@code clauseEnd}.
     */
    static int clauseEnd(List<Token> tokens, Clauses clauses, int clauseEnd) {
        if (clauseEnd + 2 >= tokens.size() || !tokens.get(clauseEnd).is(",")) {
            return clauseEnd;
        }
        Token participle = tokens.get(clauseEnd + 1);
        boolean opens = participle.verb() && !participle.capitalized()
                && participle.text().toLowerCase(Locale.ROOT).endsWith("ing")
                && !Attribution.reporting(participle) && !EventKinds.STATEMENT.equals(EventKinds.of(participle.lemma()));
        return opens ? clauses.end(clauseEnd + 2) : clauseEnd;
    }
}
