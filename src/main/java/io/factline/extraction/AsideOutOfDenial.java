package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A non-restrictive relative clause inside what someone denies is the writer's own aside, not part
 * of the denial: in "the operator denied that it had hired drivers to break the strike, which began
 * on Monday" the operator denies the hiring, and the article itself says the strike began on Monday.
 * So the verb of such an aside is not under the denying verb before it. The aside opens with a comma
 * and "which", "who" or "whose", and the verb belongs to it when no further comma closes it first.
 */
final class AsideOutOfDenial {

    private static final Set<String> RELATIVES = Set.of("which", "who", "whose");

    private AsideOutOfDenial() {
    }

    /** Whether the verb at {@code verb} stands in such an aside opened after the denying verb at {@code denying}. */
    static boolean of(List<Token> tokens, int denying, int verb) {
        for (int j = verb - 1; j > denying; j--) {
            Token t = tokens.get(j);
            if (t.is(",") || t.is(";") || t.is("--")) {
                return false;
            }
            if (RELATIVES.contains(t.text().toLowerCase(java.util.Locale.ROOT)) && tokens.get(j - 1).is(",")) {
                return true;
            }
        }
        return false;
    }
}
