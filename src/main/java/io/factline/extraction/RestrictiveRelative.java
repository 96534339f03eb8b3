package io.factline.extraction;

import java.util.List;

/**
 * A relative clause written without commas between a subject and its verb: "Two patients who caught an
 * infection on the unit at the town's hospital died on Saturday" tells of the patients dying, not the
 * hospital; "Police who searched the flat found the money". The noun phrase right before the verb ends
 * the relative clause, so the subject is the noun before "who" or "which" (session 10, s10-scend).
 * A reporting verb in between ends the search: in "officials who said the unit closed", what closed is
 * the unit. "That" is left alone, as it also opens what was said.
 */
final class RestrictiveRelative {

    private RestrictiveRelative() {
    }

    /**
     * When the word at {@code last} (the end of the noun phrase before a verb) closes a relative clause
     * opened by "who" or "which" right after a noun, with a verb of its own and no punctuation, the
     * index of that noun; otherwise -1.
     */
    static int described(List<Token> tokens, int last) {
        boolean verb = false;
        for (int j = last; j >= 1; j--) {
            Token t = tokens.get(j);
            if (t.punctuation() && !t.is("'s") && !t.is("-") || t.verb() && Attribution.reporting(t)) {
                return -1;
            }
            verb |= t.verb() && j < last;
            if (t.is("who") || t.is("which")) {
                Token before = tokens.get(j - 1);
                return verb && j < last && (before.noun() || before.proper()) ? j - 1 : -1;
            }
        }
        return -1;
    }
}
