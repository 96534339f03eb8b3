package io.factline.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * "Earlier", "Later", "Late" and "Early" opening a sentence before a time ("Earlier on Friday, …", "Later that day,
 * …", "Late on Monday, …") are adverbs, capitalised only because they open the sentence. The tagger calls them
 * proper nouns, and a proper noun there read as the opening of a name made the attribution swallow the whole
 * sentence: "Earlier on Friday, the bank denied that it had approached the lender" became a plain statement
 * "the bank denies" with the denial's content and stance lost (session 15, s15-domains). Only before a word that
 * continues a time: a preposition of time, a demonstrative or "last"/"next", a day, a month, or "today",
 * "yesterday", "tonight" ("Early Warning Systems said" and "Late Show host" keep their tags).
 */
final class OpeningTimeAdverb {

    private static final Set<String> ADVERBS = Set.of("earlier", "later", "late", "early");
    private static final Set<String> TIME_WORDS = Set.of("on", "in", "at", "this", "that", "last", "next", "today",
            "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");

    private OpeningTimeAdverb() {
    }

    /** Whether the word at {@code i} is such an adverb, given the sentence's words. */
    static boolean at(String[] words, int i) {
        return i == 0 && words.length > 2 && Character.isUpperCase(words[0].charAt(0))
                && ADVERBS.contains(words[0].toLowerCase(Locale.ROOT))
                && TIME_WORDS.contains(words[1].toLowerCase(Locale.ROOT));
    }
}
