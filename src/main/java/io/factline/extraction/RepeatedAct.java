package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a report tells its act as one of several of its kind, so that another report of that kind with
 * another day is another act rather than the same act misdated (s17-date): no match across two dates
 * ({@link EventMatcher}, {@link DayOffReport}) holds when the candidate or the stored event is told so. Read from the
 * words of the report's sentence, the way a reader tells a second strike from a strike dated twice:
 * <ul>
 *   <li>"again", "anew", "once more" ("the pilots walked out again on Friday");</li>
 *   <li>a word of one more or of a count before a noun of the act's kind or before "time": "another walkout",
 *       "a fresh recall", "the latest closure", "a second strike", "for the third time" (an ordinal before
 *       another noun counts something else: "entered its third day");</li>
 *   <li>a noun of the act's kind in the plural ("a series of strikes", "rolling walkouts"): several acts;</li>
 *   <li>a recurring time: "daily", "nightly", "weekly", "every Monday", "each night";</li>
 *   <li>and, for a match a day off ({@link DayOffReport}) only, the article itself telling an act of that kind by
 *       the same party on another day within a week ("struck on Monday … struck on Wednesday"): two days of one kind
 *       in one article are two acts. Not for the older rules across dates: an article that tells talks on Friday
 *       after "a meeting … on Wednesday" still joins another outlet's meeting of Thursday by them.</li>
 * </ul>
 * A word that marks a repeat somewhere else in the sentence blocks the match too: a missed DATE conflict costs
 * less than a false one.
 */
final class RepeatedAct {

    private static final Set<String> AGAIN = Set.of("again", "anew");
    /** Words before a noun that make it one more of its kind, or one of a count. */
    private static final Set<String> ONE_MORE = Set.of("another", "fresh", "renewed", "new", "latest", "further",
            "repeated", "next", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "2nd", "3rd", "4th", "5th");
    private static final Set<String> RECURRING = Set.of("daily", "nightly", "weekly");
    /** Nouns whose plural names one happening ("the talks", "the negotiations"), not several. */
    private static final Set<String> ONE_HAPPENING = Set.of("talks", "negotiations", "consultations", "hostilities",
            "proceedings");
    /** Times that "every" or "each" makes a recurring set of. */
    private static final Set<String> TIMES = Set.of("day", "night", "morning", "evening", "afternoon", "week",
            "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private RepeatedAct() {
    }

    /**
     * Whether the candidate, or another report of its act (the stored event's claims: {@code storedQuotes}), is
     * told as a repeat, or the candidate's article tells an act of that kind by the same party on another day.
     *
     * @param article every candidate of the candidate's article (empty when only the sentences are to be read)
     */
    static boolean told(EventCandidate candidate, List<EventCandidate> article, List<String> storedQuotes) {
        return marked(candidate.quote(), candidate.kind()) || twoDays(candidate, article)
                || storedQuotes.stream().anyMatch(q -> marked(q, candidate.kind()));
    }

    /** Whether the sentence tells an act of the kind as a repeat, or as one of several (see the class comment). */
    static boolean marked(String sentence, String kind) {
        if (sentence == null || sentence.isBlank() || kind == null) {
            return false;
        }
        List<Token> tokens = Nlp.english().tokens(sentence);
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
            if (AGAIN.contains(word) || word.equals("once") && next.equals("more") || RECURRING.contains(word)
                    || (word.equals("every") || word.equals("each")) && TIMES.contains(next)
                    || ONE_MORE.contains(word) && countsTheAct(tokens, i + 1, kind)
                    || severalOf(tokens.get(i), kind)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the noun phrase after a word of one more (up to four tokens, until a verb, a preposition or a comma:
     * "another one-day strike", "a second pilots' strike") ends in a noun of the act's kind or in "time".
     */
    private static boolean countsTheAct(List<Token> tokens, int from, String kind) {
        for (int i = from; i < Math.min(from + 4, tokens.size()); i++) {
            Token token = tokens.get(i);
            if (token.noun() && (token.lemma().equals("time") || kind.equals(EventKinds.of(token.lemma())))) {
                return true;
            }
            boolean joining = token.text().equals("'") || token.text().equals("-");
            if (token.verb() || token.punctuation() && !joining || token.pos().equals("ADP") || token.pos().equals("CCONJ")) {
                return false;
            }
        }
        return false;
    }

    /** A plural noun of the act's kind: "strikes", "walkouts", "closures" (not "talks": one happening). */
    private static boolean severalOf(Token token, String kind) {
        return token.noun() && token.inflected()
                && !ONE_HAPPENING.contains(token.text().toLowerCase(Locale.ROOT)) && kind.equals(EventKinds.of(token.lemma()));
    }

    /**
     * Whether another candidate of the article is an act of the same kind by a party the candidate names (or,
     * when neither names anyone, by nobody named) on a day that does not overlap the candidate's, within
     * {@value EventMatcher#NEAR_DAYS} days.
     */
    static boolean twoDays(EventCandidate candidate, List<EventCandidate> article) {
        return article.stream()
                .filter(other -> other != candidate && candidate.kind().equals(other.kind()) && other.date() != null)
                .filter(other -> !other.date().overlaps(candidate.date())
                        && EventMatcher.gapDays(other.date(), candidate.date()) <= EventMatcher.NEAR_DAYS)
                .anyMatch(other -> sameParty(candidate, other));
    }

    private static boolean sameParty(EventCandidate a, EventCandidate b) {
        if (a.participants().isEmpty() && b.participants().isEmpty()) {
            return true;
        }
        Set<String> names = a.participantNames().stream().map(n -> n.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return b.participantNames().stream().anyMatch(n -> names.contains(n.toLowerCase(Locale.ROOT)));
    }
}
