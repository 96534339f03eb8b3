package io.factline.extraction;

import java.util.List;
import java.util.Locale;

/**
 * "The museum's director, Ana Lind, denied …", "the company's spokeswoman, X, said …": a person
 * introduced by a role that a definite organisation noun owns speaks and acts for that organisation,
 * which is named earlier in the article in full ({@link DefiniteBody}, {@link DefiniteCompany}). The
 * organisation is a participant next to the person, as the employer is in "Nordmark Terminals
 * spokeswoman Lena Vik" ({@link MentionFinder}), so her denial shares it with a report about the
 * organisation ("the alarm at the Corvale Art Museum had been switched off").
 */
final class RoleOwner {

    /** Words a role may have before its noun: "chief operating officer", "senior vice president". */
    private static final java.util.Set<String> ROLE_WORD_TAGS = java.util.Set.of("ADJ", "NOUN", "VERB", "PROPN");
    private static final int MAX_ROLE_WORDS = 3;

    private RoleOwner() {
    }

    private static boolean possessive(Token t) {
        return t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'').endsWith("'s");
    }

    /**
     * The organisation owning the role before the name that starts at {@code name} ("the X's ROLE,"
     * right before it), or null.
     */
    static String of(List<Token> tokens, List<Mention> mentions, int name, ArticleContext context) {
        int comma = name - 1;
        if (comma < 3 || !tokens.get(comma).is(",")) {
            return null;
        }
        Token role = tokens.get(comma - 1);
        if (!role.noun() || !MentionFinder.ROLES.contains(role.lemma())) {
            return null;
        }
        // Session 13 (s13-scena): a role of several words, "the company's chief operating officer, X".
        int possessive = comma - 2;
        while (possessive > comma - 2 - MAX_ROLE_WORDS && possessive > 0 && !possessive(tokens.get(possessive))
                && ROLE_WORD_TAGS.contains(tokens.get(possessive).pos())) {
            possessive--;
        }
        int the = possessive - 1;
        if (the < 0 || !possessive(tokens.get(possessive)) || !tokens.get(the).is("the")) {
            return null;
        }
        String company = DefiniteCompany.at(tokens, mentions, the, context);
        return company != null ? company : DefiniteBody.at(tokens, mentions, the, context);
    }
}
