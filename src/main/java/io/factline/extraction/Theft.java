package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A break-in and what is taken in it is one happening ({@link EventKinds#INTRUSION}), whatever word
 * an outlet uses: "broke into the museum", "a night raid", "this week's theft of three paintings",
 * "burgled", "made off with". Two verbs need their subject to tell which sense they have:
 * <ul>
 *   <li>"struck" (or "hit") by thieves, a gang, robbers or burglars is their raid ("the gang struck in
 *       the early hours"), not a labour strike, which workers and unions make;</li>
 *   <li>a raid by the police, officers or troops ("police raided a flat", "a police raid") is a search,
 *       not a theft: action and kind {@value #SEARCH}.</li>
 * </ul>
 */
final class Theft {

    static final String RAID = "raid";
    static final String SEARCH = "search";

    /** Subject nouns (lemmas) of people who steal; "thieve" is the lemmatizer's reading of "Thieves". */
    private static final Set<String> CRIMINALS = Set.of("gang", "thief", "thieve", "robber", "burglar", "raider",
            "intruder", "looter", "crook", "criminal");
    /** Subject or modifier nouns (lemmas) of those who raid a place to search it. */
    private static final Set<String> AUTHORITIES = Set.of("police", "officer", "detective", "agent", "investigator",
            "troop", "soldier", "army", "customs");

    private Theft() {
    }

    /**
     * The action the anchor has when its subject {@code [from, to)} decides its sense: {@value #RAID}
     * for a strike by criminals, {@value #SEARCH} for a raid by the authorities; null otherwise.
     */
    static String action(List<Token> tokens, int anchor, int[] subject, String action) {
        if (action == null) {
            return null;
        }
        String doer = subjectNoun(tokens, subject);
        if ((action.equals("strike") || action.equals("hit")) && tokens.get(anchor).verb() && culprits(doer)) {
            return RAID;
        }
        if (action.equals(RAID)) {
            boolean policeModifier = anchor > 0 && tokens.get(anchor - 1).noun()
                    && AUTHORITIES.contains(tokens.get(anchor - 1).lemma());
            return policeModifier || doer != null && AUTHORITIES.contains(doer) ? SEARCH : null;
        }
        return null;
    }

    /** Whether the subject noun (a lemma) names culprits only by what they did: "gang", "thieves", "robbers". */
    static boolean culprits(String subjectNoun) {
        return subjectNoun != null && CRIMINALS.contains(subjectNoun);
    }

    /** The lemma of the last common noun of the subject before any preposition, or null. */
    private static String subjectNoun(List<Token> tokens, int[] subject) {
        String noun = null;
        for (int k = Math.max(subject[0], 0); k < subject[1] && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.pos().equals("ADP")) {
                break;
            }
            if (t.noun() || t.proper() && k == subject[0]) {
                noun = t.lemma();
            }
        }
        return noun;
    }
}
