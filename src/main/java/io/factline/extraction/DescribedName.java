package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Set;

/**
 * The same thing named and described (s10-scenc): an article that writes "Torvik Furnishings, the
 * country's second-biggest furniture retailer," or "the accounting firm Pell Grayson" has told the
 * reader what the name is, and a later "the retailer", "the furniture retailer" or "the firm" as a
 * subject stands for that name, so the report names it and meets the reports that do. What describes
 * a name is read from the article itself, never from a list: the head noun of a noun phrase set
 * between commas after the name ({@link NameApposition}), or a common noun written right before it.
 * The description is the one the article gave last for that noun; a description the article never
 * gave ("the chain" when only "retailer" was written) names nobody, and a name following the
 * description ("the retailer Torvik") is itself the participant.
 */
final class DescribedName {

    private static final Set<String> ARTICLES = Set.of("the");

    private DescribedName() {
    }

    /** Records what the sentence says each name is: appositions after names, nouns right before them. */
    static void remember(List<Token> tokens, List<Mention> mentions, ArticleContext context) {
        for (int k = 0; k < tokens.size(); k++) {
            if (!tokens.get(k).is(",")) {
                continue;
            }
            int head = NameApposition.head(tokens, k);
            if (head < 0) {
                continue;
            }
            for (Mention m : mentions) {
                if (m.last() + 1 < tokens.size() && tokens.get(m.last() + 1).is(",") && m.last() + 1 < head && head < k
                        && opensAt(tokens, m.last() + 1, k)) {
                    context.describe(m.name(), m.kind(), tokens.get(head).lemma());
                }
            }
        }
        for (Mention m : mentions) {
            int before = m.first() - 1;
            if (before > 0 && common(tokens.get(before)) && m.kind() != EntityKind.PLACE
                    && !MentionFinder.TITLES.contains(tokens.get(before).text())) {
                context.describe(m.name(), m.kind(), tokens.get(before).lemma());
            }
        }
    }

    /**
     * The name "the [words] noun" at {@code k} stands for, as {@code [name, kind]} with the index of
     * its head noun, or null: a definite article, then adjectives and nouns up to a head noun the
     * article used to describe a name before, and no name right after it.
     */
    static Described at(List<Token> tokens, List<Mention> mentions, int k, ArticleContext context) {
        if (k + 1 >= tokens.size() || !ARTICLES.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        int head = k + 1;
        while (head + 1 < tokens.size() && (tokens.get(head).pos().equals("ADJ") || common(tokens.get(head)))
                && common(tokens.get(head + 1))) {
            head++;
        }
        Token noun = tokens.get(head);
        if (!common(noun) || head + 1 < tokens.size() && (tokens.get(head + 1).capitalized() || tokens.get(head + 1).is("'s")
                && head + 2 < tokens.size() && tokens.get(head + 2).capitalized())) {
            return null;
        }
        int after = head;
        if (mentions.stream().anyMatch(m -> m.first() == after + 1)) {
            return null;
        }
        String name = context.describedBy(noun.lemma());
        return name == null ? null : new Described(name, context.kindOf(name), head);
    }

    /** A name and its kind, and the index of the description's head noun. */
    record Described(String name, EntityKind kind, int head) {
    }

    private static boolean opensAt(List<Token> tokens, int opening, int closing) {
        for (int j = opening + 1; j < closing; j++) {
            if (tokens.get(j).is(",")) {
                return false;
            }
        }
        return true;
    }

    private static boolean common(Token t) {
        return t.noun() && !t.capitalized();
    }
}
