package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A role written in lower case, up to three words ending in a role noun ("trade minister", "chief
 * operating officer", "counterpart"), the common part of the rules that read who a role belongs to
 * ({@link AppositionRole}, {@link RoleBeforeName}).
 */
final class RoleWords {

    private static final Set<String> WORD_TAGS = Set.of("ADJ", "NOUN", "PROPN", "VERB");
    private static final int MAX_WORDS = 3;

    private RoleWords() {
    }

    /** The index of the role noun ending a role that starts at {@code k}, or -1. */
    static int endFrom(List<Token> tokens, int k) {
        for (int i = k; i < tokens.size() && i < k + MAX_WORDS; i++) {
            Token t = tokens.get(i);
            if (t.capitalized() || !WORD_TAGS.contains(t.pos()) || t.text().contains("'") || t.text().contains("\u2019")) {
                return -1;
            }
            if (isRole(t) && (i + 1 >= tokens.size() || !isRoleOrModifier(tokens.get(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first word of a role that ends with the role noun at {@code end}, or -1. */
    static int startBefore(List<Token> tokens, int end) {
        if (end < 0 || !isRole(tokens.get(end)) || tokens.get(end).capitalized()) {
            return -1;
        }
        int start = end;
        while (start - 1 >= 0 && start > end - MAX_WORDS + 1 && !tokens.get(start - 1).capitalized()
                && WORD_TAGS.contains(tokens.get(start - 1).pos()) && !possessive(tokens.get(start - 1))) {
            start--;
        }
        return start;
    }

    static boolean isRole(Token t) {
        return MentionFinder.ROLES.contains(t.lemma()) || MentionFinder.ROLES.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** A word that goes on the role ("chief executive", "trade minister's"), not one after it. */
    private static boolean isRoleOrModifier(Token t) {
        return !t.capitalized() && (t.noun() || isRole(t));
    }

    /** "Kestland's", "museum's" or a lone "'s". */
    static boolean possessive(Token t) {
        String s = t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return s.endsWith("'s") || s.equals("'");
    }
}
