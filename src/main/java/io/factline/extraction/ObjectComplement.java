package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A past participle right after the named object of a verb that declares what someone is
 * ("the commission declared Tomas Adler re-elected on Tuesday", "named Kovac elected") says what the
 * object was declared, not a second act: the time dates the declaring verb. "Said Putin received a
 * draft" is untouched, as saying takes no such complement.
 */
final class ObjectComplement {

    private static final Set<String> DECLARING = Set.of("declare", "pronounce", "proclaim", "name", "deem", "find");

    private ObjectComplement() {
    }

    /** Whether the verb at {@code k} is a participle completing a declaring verb's named object. */
    static boolean of(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (!t.verb() || !w.endsWith("ed") || w.equals(t.lemma()) || k < 2 || !tokens.get(k - 1).proper()) {
            return false;
        }
        int j = k - 1;
        while (j >= 0 && tokens.get(j).proper()) {
            j--;
        }
        return j >= 0 && tokens.get(j).verb() && DECLARING.contains(tokens.get(j).lemma());
    }
}
