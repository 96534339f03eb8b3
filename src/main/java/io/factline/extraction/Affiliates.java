package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Set;

/**
 * Finds what each person of a sentence acts for ({@link AppositionRole}, {@link RoleBeforeName}) and
 * remembers it in the article ({@link ArticleContext#affiliate}); the helpers the rules share.
 */
final class Affiliates {

    private static final Set<EntityKind> OWNERS = Set.of(EntityKind.ORGANIZATION, EntityKind.PLACE);

    private Affiliates() {
    }

    /** Remembers in the article what the sentence says its people act for. */
    static void remember(List<Token> tokens, List<Mention> mentions, ArticleContext context) {
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.PERSON) {
                continue;
            }
            Affiliation after = AppositionRole.of(tokens, mentions, m, context);
            Affiliation before = after != null ? after : RoleBeforeName.of(tokens, mentions, m, context);
            if (before != null) {
                context.affiliate(before);
            }
        }
    }

    /**
     * The name of an organisation or a place that starts at token {@code k}, or null: a name the sentence's
     * names hold, or a run of proper nouns inside the sentence that they do not ("his Valmora counterpart":
     * a lone name before a noun is no mention), of the kind the article gave it, else a place.
     */
    static Mention nameAt(List<Token> tokens, List<Mention> mentions, int k, ArticleContext context) {
        Mention named = mentions.stream().filter(m -> m.first() == k).findFirst().orElse(null);
        if (named != null || k <= 0 || k >= tokens.size() || !properName(tokens.get(k))) {
            return named != null && OWNERS.contains(named.kind()) ? named : null;
        }
        int last = k;
        while (last + 1 < tokens.size() && properName(tokens.get(last + 1)) && !RoleWords.possessive(tokens.get(last))) {
            last++;
        }
        return unnamed(tokens, k, last, context);
    }

    /** As {@link #nameAt}, for a name that ends at token {@code k}. */
    static Mention nameEndingAt(List<Token> tokens, List<Mention> mentions, int k, ArticleContext context) {
        Mention named = mentions.stream().filter(m -> m.last() == k).findFirst().orElse(null);
        if (named != null || k <= 0 || !properName(tokens.get(k))) {
            return named != null && OWNERS.contains(named.kind()) ? named : null;
        }
        int first = k;
        while (first - 1 > 0 && properName(tokens.get(first - 1)) && !RoleWords.possessive(tokens.get(first - 1))) {
            first--;
        }
        return unnamed(tokens, first, k, context);
    }

    private static Mention unnamed(List<Token> tokens, int first, int last, ArticleContext context) {
        StringBuilder name = new StringBuilder();
        for (int i = first; i <= last; i++) {
            String word = tokens.get(i).text().replace('\u2019', '\'');
            name.append(i > first ? " " : "").append(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
        }
        EntityKind kind = context.kindOf(name.toString());
        return kind == EntityKind.PERSON ? null
                : new Mention(name.toString(), kind == null ? EntityKind.PLACE : kind, first, last, null);
    }

    private static boolean properName(Token t) {
        return t.proper() && t.capitalized() && t.text().length() > 1;
    }

    /** The person's affiliation to the owner, or null when the owner is the person's own name. */
    static Affiliation of(Mention person, String owner, EntityKind ownerKind) {
        return owner.equals(person.name()) ? null
                : new Affiliation(person.name(), EntityKind.PERSON, owner, ownerKind == null ? EntityKind.ORGANIZATION : ownerKind);
    }
}
