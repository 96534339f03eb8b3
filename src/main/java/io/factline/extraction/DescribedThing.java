package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One thing named by one report and only described by another: "the Halcyon-3 satellite broke apart"
 * and "there is no evidence that the satellite has broken apart"; "Two patients who caught the
 * infection died" and "No patient has died". A subject is kept by the noun that describes it (the
 * event's subject noun, {@link GeneralObject#subjectNoun}), also when a name stands before that noun
 * ("the Halcyon-3 satellite" is a satellite), so a denial that only describes what it is about meets the
 * report that named it: same act, same described subject ({@link EventMatcher#denies}) (session 10,
 * s10-scend).
 */
final class DescribedThing {

    private DescribedThing() {
    }

    /**
     * The noun's lemma, in lower case; a plural in "-nts" the lemmatizer took for an abstract noun in
     * "-nce" ("patients" → "patience", "residents" → "residence") is the person noun ("patient").
     */
    static String noun(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        String word = t.text().toLowerCase(Locale.ROOT);
        if (word.endsWith("nts") && lemma.endsWith("nce") && !lemma.equals(word)) {
            return word.substring(0, word.length() - 1);
        }
        return lemma;
    }

    /**
     * Whether the name ending at {@code last} only modifies the common noun that ends the phrase at
     * {@code to} (exclusive): "the Halcyon-3 satellite", "its Halcyon-3 weather satellite".
     */
    static boolean describedName(List<Token> tokens, int last, int to) {
        if (last + 1 >= to || to > tokens.size() || !tokens.get(to - 1).noun() || tokens.get(to - 1).capitalized()) {
            return false;
        }
        for (int k = last + 1; k < to; k++) {
            Token t = tokens.get(k);
            if (t.capitalized() || !(t.noun() || t.pos().equals("ADJ"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Nouns that describe one kind of thing, for a name the article wrote with one of them and a later
     * definite noun phrase with another: a hospital may be an infirmary, a satellite a spacecraft.
     */
    private static final List<Set<String>> SAME_KIND = List.of(
            Set.of("hospital", "infirmary", "clinic"), Set.of("satellite", "spacecraft", "probe", "orbiter"),
            Set.of("bridge", "viaduct", "overpass", "flyover"));

    /**
     * Remembers the noun each name of the sentence is described by: the common noun right after it
     * ("its Halcyon-3 weather satellite" → satellite), or an institution's own last word ("Kelling Royal
     * Infirmary" → infirmary).
     */
    static void remember(List<Token> tokens, List<Mention> mentions, ArticleContext context) {
        for (Mention m : mentions) {
            int end = m.last() + 1;
            while (end < tokens.size() && (tokens.get(end).noun() || tokens.get(end).pos().equals("ADJ"))
                    && !tokens.get(end).capitalized()) {
                end++;
            }
            String[] words = m.name().toLowerCase(Locale.ROOT).split("\\s+");
            boolean verbNext = end < tokens.size() && tokens.get(end).is("to");
            if (m.kind() == EntityKind.ORGANIZATION && words.length > 1 && MentionFinder.civic(words[words.length - 1])) {
                context.described(m.name(), words[words.length - 1]);
            } else if (m.kind() != EntityKind.PERSON && !verbNext && describedName(tokens, m.last(), end)
                    && !placeIn(tokens, m.last() + 1, end)) {
                context.described(m.name(), noun(tokens.get(end - 1)));
            }
        }
    }

    /** Whether a noun of place is among the words that follow a name ("Lindmoor town hall": a place's hall, no thing). */
    private static boolean placeIn(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (MentionFinder.PLACE_NOUNS.contains(tokens.get(k).lemma()) || MentionFinder.civic(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name that "the" + {@code noun} stands for: the last name, not mentioned later in the sentence
     * ({@code later}), that the article described by this noun or one of the same kind; null when none.
     */
    static String named(Token noun, Set<String> later, ArticleContext context) {
        String head = noun(noun);
        Set<String> kind = SAME_KIND.stream().filter(s -> s.contains(head)).findFirst().orElse(Set.of(head));
        // Any kind the article first guessed: only names written as things or institutions have a description.
        return context.lastOne(Set.of(EntityKind.values()),
                name -> !later.contains(name) && context.description(name) != null
                        && kind.contains(context.description(name)));
    }

    /**
     * Whether a denial and an asserted report tell of a subject described by the same noun. A collective
     * body's noun ("the board", "councillors": {@link CollectiveBody}) is none: every town has its board, so
     * "the board had not approved any layoffs" is not about another town's board's bus contract (s12-bodies).
     */
    static boolean sameSubject(EventMatcher.Features denial, EventMatcher.Features asserted) {
        return denial.subject() != null && denial.subject().equals(asserted.subject())
                && CollectiveBody.noun(denial.subject()) == null;
    }
}
