package io.factline.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Tagger slips right after "to" (s9-scena). An infinitive is a base form, so a plural "-s" word the
 * tagger calls a verb there is a noun ("apologised to lawmakers on Wednesday" had the verb
 * "lawmakers"). And after a word that takes an infinitive ("is due to", "was summoned to", "is set
 * to", "plans to"), a singular word the tagger calls a noun, followed by a preposition, an article,
 * a pronoun or the end of the clause, is the infinitive ("is due to testify before lawmakers on
 * Wednesday", "has been summoned to appear before the committee": no event at all). "Cancelled due
 * to fog on Monday" keeps the noun: "due" takes an infinitive only after a form of "be", and then
 * whatever follows but a noun ("is due to arrive later"; "was due to staff shortages" keeps it).
 */
final class InfinitiveTag {

    private static final Set<String> TAKING_INFINITIVE = Set.of("set", "expected", "scheduled", "summoned", "asked",
            "invited", "able", "unable", "likely", "unlikely", "poised", "ready", "going", "plans", "planned",
            "agreed", "decided", "hopes", "hoped", "wants", "intends", "vowed", "promised", "refused",
            "threatened", "ordered", "told", "called", "urged", "required", "obliged", "forced");
    private static final Set<String> AFTER = Set.of("ADP", "DET", "PRON", "PUNCT", "SCONJ", "CCONJ");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "'s", "'re");

    private InfinitiveTag() {
    }

    /** Whether the word at {@code i}, tagged a verb right after "to", is a plural noun. */
    static boolean pluralNoun(String[] words, IntFunction<String> tags, int i) {
        return i > 0 && tags.apply(i).startsWith("VERB") && words[i - 1].equalsIgnoreCase("to") && pluralShape(words[i]);
    }

    /**
     * Whether a word looks like a lower-case plural noun: longer than three letters, one final "s" (not "-ss",
     * "-us", "-is"). Shared by the slips that read an "-s" word tagged a verb as a noun ({@link ObjectPluralSlip}).
     */
    static boolean pluralShape(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is") && Character.isLowerCase(word.charAt(0));
    }

    /** Whether the word at {@code i}, tagged a noun right after "to", is an infinitive. */
    static boolean infinitive(String[] words, IntFunction<String> tags, int i) {
        if (i < 2 || !tags.apply(i).startsWith("NOUN") || !words[i - 1].equalsIgnoreCase("to")
                || !Character.isLowerCase(words[i].charAt(0)) || words[i].toLowerCase(Locale.ROOT).endsWith("s")) {
            return false;
        }
        String before = words[i - 2].toLowerCase(Locale.ROOT);
        String next = i + 1 < words.length ? tags.apply(i + 1) : "PUNCT";
        if (before.equals("due")) {
            // "is due to arrive later", "was due to appear before ...": any word after but a noun ("due to staff shortages")
            boolean be = i >= 3 && (tags.apply(i - 3).startsWith("AUX") || BE.contains(words[i - 3].toLowerCase(Locale.ROOT)));
            return be && !next.startsWith("NOUN") && !next.startsWith("PROPN");
        }
        return TAKING_INFINITIVE.contains(before) && AFTER.stream().anyMatch(next::startsWith);
    }
}
