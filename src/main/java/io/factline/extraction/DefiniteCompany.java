package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "The company" and "the firm" after a company was named stand for it: "Engineers from Kessler
 * Hydro inspected the dam ... the firm had warned the town hall" — the firm is Kessler Hydro, the
 * organisation the article named last by a name of two words or more (a lone word before a noun,
 * "Grauwald dam", is only guessed an organisation); also as owner ("the company's network"). Not when a name follows ("the firm Kessler Hydro": that name
 * is the participant) and not in the plural ("the two companies" is {@link SubjectNames}' pair).
 */
final class DefiniteCompany {

    private static final Set<String> NOUNS = Set.of("company", "firm");

    private DefiniteCompany() {
    }

    /** A word without its possessive ending: "the company's network" is the company's. */
    private static String owner(String word) {
        return word.endsWith("'s") || word.endsWith("\u2019s") ? word.substring(0, word.length() - 2) : word;
    }

    /**
     * The organisation "the company" at {@code k} (its article) stands for, or null: the one named
     * last before it, not one the sentence names only after it.
     */
    static String at(List<Token> tokens, List<Mention> mentions, int k, ArticleContext context) {
        if (k + 1 >= tokens.size() || !tokens.get(k).is("the")) {
            return null;
        }
        Token noun = tokens.get(k + 1);
        if (k + 2 < tokens.size() && tokens.get(k + 2).capitalized()) {
            return null;
        }
        if (!NOUNS.contains(owner(noun.text()))) {
            // Session 17 (s17-names): "the airline", "the retailer" — the one company the article named.
            return CompanyDescription.at(tokens, mentions, k, context);
        }
        Set<String> later = mentions.stream().filter(m -> m.first() > k).map(Mention::name).collect(Collectors.toSet());
        return context.lastOne(Set.of(EntityKind.ORGANIZATION), name -> name.contains(" ") && !later.contains(name));
    }
}
