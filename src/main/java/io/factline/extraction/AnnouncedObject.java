package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * Announcing a thing named by a noun phrase, with no clause of what was said ("the jury, which
 * announced Vidal's win on Tuesday, says ...", "the league announced the result of the ballot on
 * Friday"), is declaring it: the act "declare", as in "declared Vidal the winner", not a statement.
 * So outlets that write "declared" and "announced" for one result meet. "Announced on Friday that
 * ...", "announced the bridge would reopen" and "announced plans to close" say what was said and stay
 * statements.
 */
final class AnnouncedObject {

    static final String DECLARE = "declare";
    private static final Set<String> ANNOUNCING = Set.of("announce", "proclaim");
    private static final Set<String> OBJECT_OPENERS = Set.of("DET", "PROPN", "NOUN", "ADJ", "NUM");
    private static final Set<String> ENDS = Set.of(",", ".", ";", ":", "\"", "--");

    private AnnouncedObject() {
    }

    /** Whether the verb at {@code anchor} announces a noun phrase and nothing said. */
    static boolean of(List<Token> tokens, int anchor) {
        if (!ANNOUNCING.contains(tokens.get(anchor).lemma()) || anchor + 1 >= tokens.size()) {
            return false;
        }
        Token first = tokens.get(anchor + 1);
        if (!OBJECT_OPENERS.contains(first.pos()) && !first.pos().equals("PRON")) {
            return false;
        }
        boolean noun = false;
        for (int k = anchor + 1; k < tokens.size() && !ENDS.contains(tokens.get(k).text()); k++) {
            Token t = tokens.get(k);
            if (t.is("that") || t.is("to") || t.pos().equals("AUX") || t.verb() && !DateAnchor.attributive(tokens, k)) {
                return false;
            }
            noun |= t.noun() || t.proper();
        }
        return noun;
    }
}
