package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Set;

/**
 * A person followed by a role between commas that names whom the role is held for: "X, the museum's
 * director," (the organisation "the museum" stands for, {@link DefiniteCompany}, {@link DefiniteBody}),
 * "X, Kestland's trade minister,", "X, the Kestland envoy,", "X, the foreign minister of Kestland,",
 * "X, chief executive of Corvin Logistics,". The person acts for that organisation or country
 * ({@link Affiliation}). A role that names nobody ("X, the finance minister,") gives nothing.
 */
final class AppositionRole {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their");
    private static final Set<String> OF = Set.of("of", "at", "for");

    private AppositionRole() {
    }

    /** What the person named by {@code person} is said to act for in the apposition after the name, or null. */
    static Affiliation of(List<Token> tokens, List<Mention> mentions, Mention person, ArticleContext context) {
        int comma = person.last() + 1;
        if (person.kind() != EntityKind.PERSON || comma + 2 >= tokens.size() || !tokens.get(comma).is(",")) {
            return null;
        }
        int k = comma + 1;
        boolean the = tokens.get(k).is("the");
        if (DETERMINERS.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
            k++;
        }
        // "Kestland's trade minister", "the Kestland envoy"
        Mention owner = Affiliates.nameAt(tokens, mentions, k, context);
        if (owner != null) {
            int role = owner.last() + 1;
            if (role < tokens.size() && RoleWords.possessive(tokens.get(role))) {
                role++;
            }
            return RoleWords.endFrom(tokens, role) >= 0 ? Affiliates.of(person, owner.name(), owner.kind()) : null;
        }
        // "the museum's director"
        if (the && k + 1 < tokens.size() && tokens.get(k).noun()) {
            int role = RoleWords.possessive(tokens.get(k)) ? k + 1 : RoleWords.possessive(tokens.get(k + 1)) ? k + 2 : -1;
            if (role > 0 && RoleWords.endFrom(tokens, role) >= 0) {
                String company = DefiniteCompany.at(tokens, mentions, k - 1, context);
                String named = company != null ? company : DefiniteBody.at(tokens, mentions, k - 1, context);
                return named == null ? null : Affiliates.of(person, named, EntityKind.ORGANIZATION);
            }
        }
        // "the foreign minister of Kestland"
        int end = RoleWords.endFrom(tokens, k);
        if (end < 0 || end + 2 >= tokens.size() || !OF.contains(tokens.get(end + 1).text().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        int at = tokens.get(end + 2).is("the") ? end + 3 : end + 2;
        Mention of = Affiliates.nameAt(tokens, mentions, at, context);
        return of == null ? null : Affiliates.of(person, of.name(), of.kind());
    }
}
