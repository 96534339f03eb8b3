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

    private RoleOwner() {
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
        int the = comma - 3;
        String owner = tokens.get(comma - 2).text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (!owner.endsWith("'s") || !tokens.get(the).is("the")) {
            return null;
        }
        String company = DefiniteCompany.at(tokens, mentions, the, context);
        return company != null ? company : DefiniteBody.at(tokens, mentions, the, context);
    }
}
