package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A plea is one happening however it is worded: "pleaded guilty to bribery", "admitted bribery",
 * "admitted two counts of fraud", "admitted the charges" are the guilty plea (action {@value #PLEAD},
 * object {@value #GUILTY}, kind {@value #PLEA}); "pleaded not guilty", "denied the charges" in court
 * are the plea of not guilty (object {@value #NOT_GUILTY}). "Admitted" with a charge as its object is
 * no statement (what was admitted is the offence, not something said); "admitted that it had erred"
 * and "admitted mistakes" stay statements. The tagger reads the charge after "pleaded guilty to" as a
 * verb ("to bribery", an infinitive) and "pleaded" before "not guilty" as an auxiliary:
 * {@link #chargeAfterPlea} and {@link #pleaVerb} put them right.
 */
final class GuiltyPlea {

    static final String PLEAD = "plead";
    static final String PLEA = "plea";
    static final String GUILTY = "guilty";
    static final String NOT_GUILTY = "innocence";

    /** Offences and the words for charges: what a defendant admits in court. */
    private static final Set<String> CHARGES = Set.of("charge", "count", "offence", "offense", "bribery", "fraud",
            "murder", "manslaughter", "theft", "assault", "corruption", "embezzlement", "robbery", "burglary",
            "kidnapping", "smuggling", "trafficking", "perjury", "laundering", "misconduct", "arson", "blackmail",
            "extortion", "forgery", "stalking", "harassment", "espionage");
    private static final Set<String> VERDICT_WORDS = Set.of("guilty", "innocent");
    private static final Set<String> PLEA_FORMS = Set.of("plead", "pleads", "pleaded", "pled", "pleading");

    private GuiltyPlea() {
    }

    /**
     * Whether the word at {@code i}, tagged a verb right after "guilty to" or "innocent to" ("pleaded
     * guilty to bribery"), is the charge: a noun.
     */
    static boolean chargeAfterPlea(String[] words, java.util.function.IntFunction<String> tags, int i) {
        return i >= 2 && tags.apply(i).startsWith("VERB") && words[i - 1].equalsIgnoreCase("to")
                && VERDICT_WORDS.contains(words[i - 2].toLowerCase(Locale.ROOT))
                && Character.isLowerCase(words[i].charAt(0));
    }

    /**
     * Whether the word at {@code i} is "plead" in one of its forms before "guilty", "not guilty" or
     * "innocent": a verb, whatever the tagger called it ("pleaded" tagged as an auxiliary).
     */
    static boolean pleaVerb(String[] words, int i) {
        String word = words[i].toLowerCase(Locale.ROOT);
        if (!PLEA_FORMS.contains(word) || i + 1 >= words.length) {
            return false;
        }
        String next = words[i + 1].toLowerCase(Locale.ROOT);
        return VERDICT_WORDS.contains(next) || next.equals("not") && i + 2 < words.length
                && VERDICT_WORDS.contains(words[i + 2].toLowerCase(Locale.ROOT));
    }

    /** Whether the verb at {@code verb} admits an offence or the charges ("admitted bribery", "admitted two counts of fraud"). */
    static boolean admitted(List<Token> tokens, int verb) {
        if (verb < 0 || verb >= tokens.size() || !tokens.get(verb).lemma().equals("admit")) {
            return false;
        }
        for (int k = verb + 1; k < tokens.size() && k <= verb + 4; k++) {
            Token t = tokens.get(k);
            if (t.noun()) {
                return CHARGES.contains(t.lemma());
            }
            if (!(t.pos().equals("DET") || t.pos().equals("NUM") || t.pos().equals("ADJ"))) {
                return false;
            }
        }
        return false;
    }

    /** {@value #GUILTY} or {@value #NOT_GUILTY} when the verb at {@code verb} enters a plea; otherwise null. */
    static String plea(List<Token> tokens, int verb) {
        if (verb < 0 || verb >= tokens.size()) {
            return null;
        }
        if (admitted(tokens, verb)) {
            return GUILTY;
        }
        if (!tokens.get(verb).lemma().equals(PLEAD) || verb + 1 >= tokens.size()) {
            return null;
        }
        Token next = tokens.get(verb + 1);
        if (next.is("guilty")) {
            return GUILTY;
        }
        boolean not = next.is("not") && verb + 2 < tokens.size() && tokens.get(verb + 2).is("guilty");
        return not || next.is("innocent") ? NOT_GUILTY : null;
    }
}
