package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;

/**
 * A role written before a person with the name of whom it is held for: "Kestland's trade minister, X",
 * "his Kestland counterpart, X", "Nordmark Terminals spokeswoman X", and (through {@link RoleOwner})
 * "the museum's director, X". The person acts for that organisation or country ({@link Affiliation}).
 */
final class RoleBeforeName {

    private RoleBeforeName() {
    }

    /** What the person named by {@code person} acts for by the role written right before the name, or null. */
    static Affiliation of(List<Token> tokens, List<Mention> mentions, Mention person, ArticleContext context) {
        if (person.kind() != EntityKind.PERSON || person.first() < 2) {
            return null;
        }
        int end = tokens.get(person.first() - 1).is(",") ? person.first() - 2 : person.first() - 1;
        int start = RoleWords.startBefore(tokens, end);
        if (start < 1) {
            return null;
        }
        String word = tokens.get(start - 1).text().replace('\u2019', '\'');
        int before = word.equals("'s") || word.equals("'") ? start - 2 : start - 1;
        Mention owner = before < 0 ? null : Affiliates.nameEndingAt(tokens, mentions, before, context);
        if (owner != null) {
            return Affiliates.of(person, owner.name(), owner.kind());
        }
        String definite = RoleOwner.of(tokens, mentions, person.first(), context);
        return definite == null ? null : Affiliates.of(person, definite, EntityKind.ORGANIZATION);
    }
}
