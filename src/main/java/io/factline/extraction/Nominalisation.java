package io.factline.extraction;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A noun made from a verb names the verb's act: one outlet writes "ordered the evacuation of the town",
 * another "the town was evacuated"; "the dismissal of the coach" and "dismissed the coach"; "the
 * closure" and "closed". Two actions are one when one is a noun that English forms from the other
 * with a regular suffix ({@link #verbs}): "-ation"/"-ition" ("evacuation" → "evacuate", "confirmation" →
 * "confirm"), "-ion" ("election" → "elect"), "-sion" ("collision" → "collide", "invasion" → "invade"),
 * "-al" ("dismissal" → "dismiss", "arrival" → "arrive"), "-ment" ("agreement" → "agree"), "-ure"
 * ("closure" → "close", "seizure" → "seize"). Nouns that are their verb's own form ("offer", "raid",
 * "recall", "protest") are equal strings already.
 *
 * <p>Hand-written because no library on this machine answers it: the OpenNLP lemmatizer
 * ({@link Nlp#verbLemma}) gives a word's inflectional lemma only ("evacuated" → "evacuate",
 * "evacuation" stays itself), and WordNet's derivational links (extJWNL) are not among the packages
 * this build may use (session 15). The rule only ever compares a noun with a verb another report
 * actually used, so it never invents a verb: a suffix that would turn "station" into "state" joins
 * two actions only when their kinds are already compatible ({@link EventMatcher}).
 */
final class Nominalisation {

    /** Shortest noun read for a suffix: "ion", "sale", "deal" are no nominalisations. */
    private static final int MIN_LENGTH = 6;

    private Nominalisation() {
    }

    /** Whether one action is a noun made by a regular suffix from the other verb ("evacuation", "evacuate"). */
    static boolean pair(String a, String b) {
        return a != null && b != null && !a.equals(b) && (verbs(a).contains(b) || verbs(b).contains(a));
    }

    /** The verbs a noun lemma may be made from by a regular suffix; empty for a word of no such form. */
    static Set<String> verbs(String noun) {
        Set<String> verbs = new LinkedHashSet<>();
        if (noun == null || noun.length() < MIN_LENGTH || noun.contains(" ")) {
            return verbs;
        }
        if (noun.endsWith("ation") || noun.endsWith("ition")) {
            String stem = noun.substring(0, noun.length() - 5);
            verbs.add(stem + noun.charAt(noun.length() - 5) + "te"); // evacuation → evacuate, ignition → ignite
            verbs.add(stem); // confirmation → confirm
            verbs.add(stem + "e"); // preparation → prepare
        }
        if (noun.endsWith("sion")) {
            String stem = noun.substring(0, noun.length() - 4);
            verbs.add(stem + "de"); // collision → collide, invasion → invade, explosion → explode
            verbs.add(stem + "d"); // expansion → expand, suspension → suspend
        }
        if (noun.endsWith("ssion")) {
            verbs.add(noun.substring(0, noun.length() - 5) + "t"); // admission → admit, omission → omit
            verbs.add(noun.substring(0, noun.length() - 3)); // discussion → discuss
        }
        if (noun.endsWith("tion") || noun.endsWith("xion")) {
            verbs.add(noun.substring(0, noun.length() - 3)); // election → elect, inspection → inspect
        }
        if (noun.endsWith("al")) {
            String stem = noun.substring(0, noun.length() - 2);
            verbs.add(stem); // dismissal → dismiss, withdrawal → withdraw
            verbs.add(stem + "e"); // arrival → arrive, approval → approve, refusal → refuse
        }
        if (noun.endsWith("ment")) {
            verbs.add(noun.substring(0, noun.length() - 4)); // agreement → agree, announcement → announce
        }
        if (noun.endsWith("ure")) {
            String stem = noun.substring(0, noun.length() - 3);
            verbs.add(stem + "e"); // closure → close, seizure → seize
            verbs.add(stem); // departure → depart
        }
        verbs.remove(noun);
        verbs.removeIf(v -> v.length() < 3);
        return verbs;
    }
}
