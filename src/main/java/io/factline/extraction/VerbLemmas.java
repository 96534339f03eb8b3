package io.factline.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Repairs systematic slips of the statistical lemmatizer on regular past forms it has not
 * seen: it keeps a "-ied" form whole ("certified" for "certify"), and the "-eed" form of a verb whose
 * base ends in "ee" ("freed" for "free", "guaranteed"), and cuts "-ed" from a verb whose
 * base ends in a silent "e" ("rul" for "ruled"), or keeps such a form whole ("caved"). In a one-syllable word, a single consonant after
 * a single vowel before "-ed" means the base ends in "e" (the consonant would be doubled
 * otherwise: "stopped", "planned"), so "ruled", "voted" and "fined" are "rule", "vote", "fine";
 * longer words ("visited", "opened") are left as the lemmatizer gave them, except that a form kept
 * whole whose stem ends in two different consonants ("grounded") is its stem. A lemma that is
 * neither the start of the form nor starts with its stem ("unveid" for "unveiled") is a garbled
 * one: the form without "-ed" is the lemma then (an irregular "misled" → "mislead" starts with its stem).
 * A verb whose base ends in "-ee" takes only "-d" ("freed", "decreed"); the lemmatizer keeps such a
 * form whole, and since "-eed" also ends base forms ("need", "succeed", "feed"), only the few regular
 * verbs in "-ee" are repaired ({@link #EE_VERBS}). A silent "e" added after a vowel pair and "d"
 * ("raide" for "raided") is dropped (s9-merge). A form kept whole or cut to a stem ending in "c" or
 * "dg" ("sentenced" kept, or "sentenc"; "judg") is that stem and its "e" (s11-scena), and so is one ending
 * in a single "g" after a vowel, "r" or "l" ("alleged" kept: "allege"); an "-oed" form kept whole
 * ("vetoed") is its base and "-ed" without the "e" ("veto"), s11.
 * Irregular past forms the lemmatizer keeps whole or cuts ("fled", "swore", "upheld" kept; "bled" →
 * "ble", "sped" → "sp") are looked up ({@link #IRREGULAR}, s9-scena): "fled the country" was the
 * verb "fled", titled "X fleds the country", of no kind.
 */
final class VerbLemmas {

    private static final Pattern LOWER_CASE_WORD = Pattern.compile("[a-z]+");
    /**
     * A past form of a consonant, one vowel "i", "o" or "u" and "-ded" ("collided", "exploded", "concluded"): its base
     * ends in "-de" (the "d" would be doubled otherwise: "kidded", "nodded"), s17-verbs.
     */
    private static final Pattern DE_PAST = Pattern.compile("[^aeiou][iou]ded$");

    /** The regular English verbs whose base ends in "-ee": their past is the base + "d". */
    private static final Set<String> EE_VERBS = Set.of("free", "agree", "disagree", "decree", "guarantee",
            "referee", "emcee");

    /** Past forms the English UD lemmatizer misses, with their bases: irregular ones (s9-scena), and "erred", "summoned". */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("fled", "flee"), Map.entry("bled", "bleed"), Map.entry("sped", "speed"),
            Map.entry("swore", "swear"), Map.entry("sworn", "swear"), Map.entry("knelt", "kneel"),
            Map.entry("flung", "fling"), Map.entry("shook", "shake"), Map.entry("strove", "strive"),
            Map.entry("spat", "spit"), Map.entry("forbade", "forbid"), Map.entry("upheld", "uphold"),
            Map.entry("withheld", "withhold"), Map.entry("wept", "weep"), Map.entry("slid", "slide"),
            Map.entry("broken", "break"), Map.entry("stolen", "steal"), Map.entry("taken", "take"),
            Map.entry("erred", "err"), Map.entry("summoned", "summon"), Map.entry("tore", "tear"),
            Map.entry("torn", "tear"),
            // s15-domains: kept whole by the lemmatizer ("lent" → "lent"), so a loan had no verb.
            Map.entry("lent", "lend"), Map.entry("bent", "bend"), Map.entry("froze", "freeze"),
            Map.entry("frozen", "freeze"), Map.entry("leapt", "leap"));

    /**
     * Irregular past forms that are no noun, so a noun tag on them is the tagger's slip (s12-incident:
     * "Fire tore through a timber yard on Saturday night" had "tore" a noun, and the fire took no date).
     */
    private static final Set<String> PAST_ONLY = Set.of("tore", "fled", "swore", "knelt", "flung", "shook",
            "strove", "forbade", "upheld", "withheld", "wept");

    /**
     * Verbs ending in one "l" that double it before "-ed" and "-ing" in British spelling ("expelled",
     * "signalled", "patrolled"): the lemmatizer keeps the double "l" ("expell") for some of them.
     */
    private static final Set<String> DOUBLING_L = Set.of("expel", "compel", "propel", "repel", "dispel", "impel",
            "excel", "signal", "patrol", "control", "cancel", "label", "model", "level", "travel", "total", "channel",
            "tunnel", "counsel", "fuel", "equal", "marshal", "quarrel", "unravel", "marvel", "rival", "shovel");

    private VerbLemmas() {
    }

    /** Whether a word tagged a noun is an irregular past form that no noun shares ("tore", "fled"). */
    static boolean pastTaggedNoun(String word, String tag) {
        return tag.equals("NOUN") && PAST_ONLY.contains(word);
    }

    /** Whether a word has one group of vowels ("shel", "stal"). */
    private static boolean oneSyllable(String word) {
        return word.replaceAll("[^aeiouy]+", " ").trim().split(" ").length == 1;
    }

    /** The lemma of a verb form, given the lemmatizer's answer (both lower case). */
    static String repair(String form, String lemma) {
        String word = form.toLowerCase(Locale.ROOT);
        if (IRREGULAR.containsKey(word)) {
            return IRREGULAR.get(word);
        }
        String single = word.endsWith("lled") ? word.substring(0, word.length() - 3)
                : word.endsWith("lling") ? word.substring(0, word.length() - 4) : null;
        if (single != null && DOUBLING_L.contains(single)) {
            return single;
        }
        if (single != null && lemma.equals(single) && oneSyllable(single) && !single.equals("gel")) {
            return single + "l"; // session 13: "shelled" → "shell", not "shel"; one syllable keeps both l's
        }
        if (!word.endsWith("ed") || word.length() < 5) {
            return lemma;
        }
        if (lemma.equals(word) && EE_VERBS.contains(word.substring(0, word.length() - 1))) {
            return word.substring(0, word.length() - 1);
        }
        if (lemma.equals(word) && word.endsWith("ied")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (lemma.equals(word) && word.endsWith("oed")) {
            return word.substring(0, word.length() - 2); // "vetoed", "echoed", "torpedoed" (s11)
        }
        String stem = word.substring(0, word.length() - 2);
        if ((lemma.equals(word) || lemma.equals(stem)) && DE_PAST.matcher(word).find()) {
            return stem + "e"; // s17-verbs: "collided" kept whole is "collide" ("exploded", "concluded"; "raided" is no -ide)
        }
        if ((lemma.equals(word) || lemma.equals(stem)) && doubledFinal(stem)) {
            return stem.substring(0, stem.length() - 1); // "acquitted", "committed", "submitted" (s11)
        }
        if ((lemma.equals(word) || lemma.equals(stem)) && (softEnding(stem) || softG(stem))) {
            return stem + "e";
        }
        if (lemma.equals(word) && twoConsonants(stem)) {
            return stem;
        }
        if ((lemma.equals(stem) || lemma.equals(word)) && stem.length() >= 5 && stem.endsWith("sum")) {
            return stem + "e"; // "resumed" cut to "resum": the -sume verbs (assume, consume, presume, resume); "summed" doubles
        }
        if ((lemma.equals(stem) || lemma.equals(word)) && silentE(stem)) {
            return stem + "e"; // s15-domains: "caved" kept whole is "cave", as "ruled" cut to "rul" is "rule"
        }
        if (!word.endsWith("ied") && !word.startsWith(lemma) && !lemma.startsWith(stem)) {
            return stem;
        }
        if (lemma.equals(stem + "e") && digraphBeforeD(stem)) {
            return stem;
        }
        return lemma;
    }

    /**
     * A vowel pair before a final "d" ("raid", "load", "plead", "avoid") takes no silent "e", so a
     * lemma "raide" for "raided" is "raid". A pair opened by "u" is left ("guide", "persuade": there
     * the "u" belongs to the consonant before it).
     */
    private static boolean digraphBeforeD(String stem) {
        int n = stem.length();
        return n >= 3 && stem.charAt(n - 1) == 'd' && vowel(stem.charAt(n - 2)) && vowel(stem.charAt(n - 3))
                && stem.charAt(n - 3) != 'u';
    }

    /**
     * A stem with a vowel that ends in two different consonants ("ground", "warn", "help") takes
     * "-ed" as it is: no silent "e" was dropped and no consonant doubled, so a form the lemmatizer
     * kept whole ("grounded") is the stem.
     */
    private static boolean twoConsonants(String stem) {
        int n = stem.length();
        if (n < 4 || !LOWER_CASE_WORD.matcher(stem).matches() || stem.chars().noneMatch(c -> vowel((char) c))) {
            return false;
        }
        char last = stem.charAt(n - 1);
        char before = stem.charAt(n - 2);
        return !vowel(last) && !vowel(before) && last != before && last != 'y' && before != 'y';
    }

    /** One vowel group, ending in vowel + single consonant (not w, x or y): "rul", "vot", "nam". */
    private static boolean silentE(String stem) {
        int n = stem.length();
        if (n < 3 || !LOWER_CASE_WORD.matcher(stem).matches()) {
            return false;
        }
        char last = stem.charAt(n - 1);
        return !vowel(last) && "wxy".indexOf(last) < 0 && vowel(stem.charAt(n - 2)) && !vowel(stem.charAt(n - 3))
                && stem.substring(0, n - 2).chars().noneMatch(c -> vowel((char) c));
    }

    /**
     * A stem of five letters or more ending in a doubled b, d, g, m, n, p, r or t after a vowel
     * ("acquitt", "committ", "stopp") doubled it before "-ed"; bases that end so themselves are short
     * ("add", "butt") or double another letter ("pass", "call", "buzz", "stuff"), s11.
     */
    private static boolean doubledFinal(String stem) {
        int n = stem.length();
        return n >= 5 && LOWER_CASE_WORD.matcher(stem).matches() && stem.charAt(n - 1) == stem.charAt(n - 2)
                && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0 && vowel(stem.charAt(n - 3));
    }

    /**
     * A stem ending in a single "g" after a vowel, "r" or "l" ("alleg", "urg", "charg", "bulg") lost a
     * silent "e": a base ending so in a consonant would double it ("tagged", "begged"), s11.
     */
    private static boolean softG(String stem) {
        int n = stem.length();
        if (n < 3 || !LOWER_CASE_WORD.matcher(stem).matches() || stem.charAt(n - 1) != 'g') {
            return false;
        }
        char before = stem.charAt(n - 2);
        return vowel(before) || before == 'r' || before == 'l';
    }

    /**
     * A stem ending in "c" or "dg" ("sentenc", "announc", "judg") lost a silent "e": no English verb
     * ends so, as a final hard "c" takes "k" before "-ed" ("panicked"), s11-scena.
     */
    private static boolean softEnding(String stem) {
        return stem.length() >= 4 && LOWER_CASE_WORD.matcher(stem).matches() && (stem.endsWith("c") || stem.endsWith("dg"));
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
