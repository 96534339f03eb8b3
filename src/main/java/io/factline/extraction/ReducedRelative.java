package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A participle right after a noun phrase that is no subject is a relative clause without "which was": passive, its
 * act done to the noun. "disputing the account given by the fire chief", "appealed against the ban imposed on her
 * last week", "a sample collected from the athlete", "Laura Benn, the manager sacked by the club on Sunday, said".
 * Read as an active verb, each made a title of the noun doing the act ("Account gives by the fire chief", "Ban
 * imposes on him"). The noun phrase is no subject when it is an object or a preposition's (a verb or a preposition
 * before it) or an apposition after a name; it must begin with an article or a possessive, so "On Monday police
 * arrested" stays active. After a verb that takes a clause without "that" ("said the fire started on Monday") the
 * noun is the clause's subject, and a participle followed by a determiner or a noun has an object, so both stay
 * active.
 */
final class ReducedRelative {

    /** Words a noun phrase may hold between its determiner and its head ("the four-year doping ban"). */
    private static final Set<String> PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "NUM");
    private static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their", "our", "my", "your");
    /** Words a date after the participle may begin with ("imposed last week", "given a day earlier"). */
    private static final Set<String> DATE_OPENERS = Set.of("last", "this", "earlier", "yesterday");
    /** Longest noun phrase read back from the participle, in tokens. */
    private static final int REACH = 10;

    private ReducedRelative() {
    }

    /** Whether the verb at {@code verb} is such a participle (see the class comment). */
    static boolean at(List<Token> tokens, int verb) {
        if (verb < 2 || !participle(tokens.get(verb)) || !tokens.get(verb - 1).noun() || !opensModifier(tokens, verb)) {
            return false;
        }
        int determiner = determiner(tokens, verb - 1);
        if (determiner < 0) {
            return false;
        }
        int before = determiner - 1;
        if (before < 0) {
            return false;
        }
        Token b = tokens.get(before);
        if (b.pos().equals("ADP")) {
            return true;
        }
        if (b.verb()) {
            return !ObjectPluralSlip.CLAUSE_TAKING.contains(b.lemma());
        }
        return b.is(",") && before >= 1 && (tokens.get(before - 1).proper() || tokens.get(before - 1).capitalized()
                && tokens.get(before - 1).noun());
    }

    /** A past participle: a verb whose form is not its lemma, lower case, not an "-ing" or "-s" form. */
    private static boolean participle(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return t.verb() && !t.capitalized() && !w.equals(t.lemma()) && !w.endsWith("ing") && !w.endsWith("s");
    }

    /** What follows the participle begins a modifier (a preposition, a particle, an adverb, a date), not an object. */
    private static boolean opensModifier(List<Token> tokens, int verb) {
        if (verb + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(verb + 1);
        return next.pos().equals("ADP") || next.pos().equals("ADV") || next.pos().equals("PART")
                || DATE_OPENERS.contains(next.text().toLowerCase(Locale.ROOT));
    }

    /** The index of the article or possessive that opens the noun phrase ending at {@code head}, or -1. */
    private static int determiner(List<Token> tokens, int head) {
        for (int k = head; k >= 0 && k > head - REACH; k--) {
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.pos().equals("DET") && Set.of("the", "a", "an").contains(w)
                    || POSSESSIVES.contains(w) && t.pos().equals("PRON")) {
                return k;
            }
            if (t.is("'s") && k > 0) {
                return k - 1 >= 0 ? determinerOfOwner(tokens, k - 1) : -1;
            }
            if (!PHRASE_TAGS.contains(t.pos()) && !t.is("-") && !modifier(tokens, k)) {
                return -1;
            }
        }
        return -1;
    }

    /** An "-ing" word before a noun inside the phrase modifies it ("the doping ban", "a driving ban"). */
    private static boolean modifier(List<Token> tokens, int k) {
        return tokens.get(k).verb() && tokens.get(k).text().toLowerCase(Locale.ROOT).endsWith("ing")
                && k + 1 < tokens.size() && tokens.get(k + 1).noun();
    }

    /** "the province's fire chief": the phrase opens where its owner's does (or at a name that owns it). */
    private static int determinerOfOwner(List<Token> tokens, int owner) {
        int k = owner;
        while (k > 0 && tokens.get(k - 1).proper()) {
            k--;
        }
        if (tokens.get(owner).proper()) {
            return k;
        }
        return determiner(tokens, owner);
    }
}
