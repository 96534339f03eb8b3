package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Session 17 (s17-names): "the airline", "the retailer", "the carrier" after a company was named stand for it,
 * as "the company" does ({@link DefiniteCompany}): one outlet's "the airline said" and another's "Halden Air said"
 * then share a participant. The description is linked only when exactly one name fits: the one company named
 * earlier in the article whose last word begins the description ("Halden Air" for "the airline", "Torvik Retail"
 * for "the retailer"), else the one company the article named at all. A company is an organisation of two words
 * or more whose last word is written as a name and is none of the words that end a public body's or a members'
 * body's name (council, ministry, union, association …: {@link #BODY_HEADS}, {@link MentionFinder#civic}); a lone
 * word guessed an organisation does not count. A description the article gave a name itself ("Torvik, the
 * retailer,": {@link DescribedName}) is left to that rule.
 *
 * <p>The nouns are a list because nothing in a sentence tells "the airline" (a company) from "the association"
 * (a body); they are the words news uses for a company it has named, by trade or by form.
 */
final class CompanyDescription {

    static final Set<String> NOUNS = Set.of("airline", "carrier", "retailer", "lender", "insurer", "carmaker",
            "automaker", "manufacturer", "maker", "operator", "supplier", "producer", "chain", "miner", "brewer",
            "broadcaster", "publisher", "startup", "shipper", "utility");
    /** Last words of bodies that are no company, beside a place's institutions ({@link MentionFinder#civic}). */
    private static final Set<String> BODY_HEADS = Set.of("union", "association", "federation", "party", "alliance",
            "coalition", "league", "movement", "society", "campaign", "agency", "bureau", "panel", "forum",
            "foundation", "institute", "watchdog", "regulator", "fund", "service");
    private static final int SHORTEST_STEM = 3;

    private CompanyDescription() {
    }

    /** The company "the" + description at {@code k} stands for, or null (see the class comment). */
    static String at(List<Token> tokens, List<Mention> mentions, int k, ArticleContext context) {
        Token noun = tokens.get(k + 1);
        String word = noun.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String description = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        if (!noun.noun() || noun.capitalized() || !NOUNS.contains(description) || context.describedBy(description) != null) {
            return null;
        }
        Set<String> later = mentions.stream().filter(m -> m.first() > k).map(Mention::name).collect(Collectors.toSet());
        List<String> companies = context.named(Set.of(EntityKind.ORGANIZATION),
                name -> !later.contains(name) && company(name));
        List<String> byStem = companies.stream().filter(name -> stemOf(name, description)).toList();
        if (byStem.size() == 1) {
            return byStem.get(0);
        }
        return byStem.isEmpty() && companies.size() == 1 ? companies.get(0) : null;
    }

    /** Whether the name is a company's: two words or more, the last written as a name and no body's (class comment). */
    static boolean company(String name) {
        String[] words = name.split(" ");
        String last = words[words.length - 1];
        return words.length >= 2 && Character.isUpperCase(last.charAt(0)) && !MentionFinder.civic(last)
                && !BODY_HEADS.contains(last.toLowerCase(Locale.ROOT));
    }

    /** Whether the name's last word begins the description: "Air" → "airline", "Retail" → "retailer". */
    private static boolean stemOf(String name, String description) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return last.length() >= SHORTEST_STEM && description.startsWith(last);
    }
}
