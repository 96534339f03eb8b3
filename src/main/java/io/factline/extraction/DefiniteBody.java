package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "The court", "the board", "the commission" after an organisation of that kind was named in full
 * ("filed a challenge with the Constitutional Court on Thursday ... The court will hear the case on
 * March 19") is that organisation: the one named last before it whose name ends in the noun. With no
 * such name earlier in the article it names nobody ({@link DefiniteCompany} does the same for "the company").
 */
final class DefiniteBody {

    private DefiniteBody() {
    }

    /**
     * Session 17 (s17-names): a name whose head comes before "of" ("Ministry of Labour", "Court of Appeal") ends in
     * its field, not its head: "the ministry" is still that ministry.
     */
    private static boolean ofHead(String name, String head) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith(head + " of ") || lower.contains(" " + head + " of ");
    }

    /** The organisation "the" + noun at {@code k} stands for, or null. */
    static String at(List<Token> tokens, List<Mention> mentions, int k, ArticleContext context) {
        if (k + 1 >= tokens.size() || !tokens.get(k).is("the")) {
            return null;
        }
        Token noun = tokens.get(k + 1);
        if (!noun.noun() || noun.capitalized() || k + 2 < tokens.size() && tokens.get(k + 2).capitalized()) {
            return null;
        }
        String word = noun.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String head = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        Set<String> later = mentions.stream().filter(m -> m.first() > k).map(Mention::name).collect(Collectors.toSet());
        String named = context.lastOne(Set.of(EntityKind.ORGANIZATION), name -> name.contains(" ") && !later.contains(name)
                && (name.toLowerCase(Locale.ROOT).endsWith(" " + head) || ofHead(name, head)));
        // DescribedThing (s10-scend): "the hospital" for "Kelling Royal Infirmary", "the spacecraft" for Halcyon-3.
        return named != null ? named : DescribedThing.named(noun, later, context);
    }
}
