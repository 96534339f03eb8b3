package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * The object of an event, as one lemma: the event noun itself when the event is named by a noun
 * ("summit"), else the head of the first run of common nouns after the verb in its clause
 * ("received a merger filing" → "filing"). Nouns of the date and units of time ("for two
 * hours") are no object, nor are names, nor the doer of a passive verb ("heard by the
 * supreme court"). A draft of something is a draft ("handed a draft
 * agreement" → "draft", as a denial's "no draft"); a passive verb's object is its subject.
 */
final class EventTheme {

    private static final Set<String> UNITS = Set.of("minute", "hour", "day", "week", "month", "year", "time",
            "night", "morning", "evening", "afternoon", "decade");

    /** Nouns that count what follows their "of" ({@link #partitiveHead}). */
    private static final Set<String> QUANTITIES = Set.of("dozen", "score", "hundred", "thousand", "million",
            "billion", "ten", "handful", "couple", "number", "lot", "batch", "pair");

    private EventTheme() {
    }

    /** The theme of the word at {@code from}, skipping the date tokens {@code date[0]..date[1]}; null when none. */
    static String of(List<Token> tokens, List<Mention> mentions, int from, int[] date) {
        if (Clauses.eventNoun(tokens.get(from))) {
            return tokens.get(from).lemma();
        }
        String decided = DecidedAct.theme(tokens, from, date, k -> commonNoun(tokens, mentions, k));
        if (decided != null) {
            return decided;
        }
        // AgreedTerm (s15-deny): "agreed at the summit to cap its grain exports" commits to a cap, not to the summit.
        int agreed = AgreedTerm.agreedVerb(tokens, from);
        if (agreed >= 0) {
            String term = AgreedTerm.term(tokens, agreed);
            return term != null ? term : of(tokens, mentions, agreed, date);
        }
        // PassivePhrase (s15-deny): "were switched off for repairs" was done to its subject.
        if (PassivePhrase.circumstanceAfter(tokens, from, date)) {
            String subject = passiveSubject(tokens, mentions, from);
            if (subject != null) {
                return subject;
            }
        }
        int end = new Clauses(tokens).end(from + 1);
        int[] agent = PassiveVoice.agent(tokens, mentions, from);
        for (int k = from + 1; k < end; k++) {
            if (k >= date[0] && k <= date[1] || !commonNoun(tokens, mentions, k)
                    || agent != null && k >= agent[0] && k < agent[1]) {
                continue;
            }
            if (!UNITS.contains(tokens.get(k).lemma())) {
                boolean draft = tokens.get(k).is("draft");
                while (k + 1 < end && commonNoun(tokens, mentions, k + 1)) {
                    k++;
                }
                k = partitiveHead(tokens, mentions, sharedHead(tokens, mentions, k, end), end);
                return draft ? "draft" : tokens.get(k).lemma();
            }
        }
        return passiveSubject(tokens, mentions, from);
    }

    /**
     * A count told by a noun ("thousands of customer passwords", "a handful of reporters", "dozens of homes") counts
     * what follows its "of": that noun is the object, as in "stole customer passwords" (session 13, lead). Returns
     * the head of the common nouns after "of" (determiners, numbers and adjectives before them skipped), or
     * {@code k} when the noun at {@code k} is no such count.
     */
    private static int partitiveHead(List<Token> tokens, List<Mention> mentions, int k, int end) {
        if (!QUANTITIES.contains(tokens.get(k).lemma()) || k + 2 >= end || !tokens.get(k + 1).is("of")) {
            return k;
        }
        int j = k + 2;
        while (j < end && Set.of("DET", "NUM", "ADJ", "PRON").contains(tokens.get(j).pos())) {
            j++;
        }
        if (j >= end || !commonNoun(tokens, mentions, j)) {
            return k;
        }
        while (j + 1 < end && commonNoun(tokens, mentions, j + 1)) {
            j++;
        }
        return j;
    }

    /**
     * A lone singular noun joined by "and" or "or" to a run of two or more nouns modifies that run's
     * head with it: "the billing and control systems" are systems, as "the control systems" are.
     * Returns the head's index, or {@code k} when the noun at {@code k} is no such modifier.
     */
    private static int sharedHead(List<Token> tokens, List<Mention> mentions, int k, int end) {
        Token noun = tokens.get(k);
        boolean lone = k == 0 || !commonNoun(tokens, mentions, k - 1);
        if (!lone || noun.inflected() || k + 3 >= end
                || !tokens.get(k + 1).is("and") && !tokens.get(k + 1).is("or")
                || !commonNoun(tokens, mentions, k + 2) || !commonNoun(tokens, mentions, k + 3)) {
            return k;
        }
        int head = k + 3;
        while (head + 1 < end && commonNoun(tokens, mentions, head + 1)) {
            head++;
        }
        return head;
    }

    /**
     * The object of a passive verb with none after it is its subject: "any draft had been handed
     * over" hands a draft, as "X handed a draft" does. The head of the common nouns right before the
     * auxiliaries, of which the last is a form of "be".
     */
    static String passiveSubject(List<Token> tokens, List<Mention> mentions, int verb) {
        int k = verb - 1;
        if (k < 0 || !tokens.get(k).pos().equals("AUX") || !tokens.get(k).lemma().equals("be")) {
            return null;
        }
        while (k >= 0 && (tokens.get(k).pos().equals("AUX") || tokens.get(k).pos().equals("ADV"))) {
            k--;
        }
        return k >= 0 && commonNoun(tokens, mentions, k) && !UNITS.contains(tokens.get(k).lemma())
                ? tokens.get(k).lemma() : null;
    }

    private static boolean commonNoun(List<Token> tokens, List<Mention> mentions, int k) {
        int at = k;
        return tokens.get(k).noun() && !tokens.get(k).capitalized() && mentions.stream().noneMatch(m -> m.covers(at));
    }
}
