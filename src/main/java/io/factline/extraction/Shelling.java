package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fire aimed at a place is one act however an outlet words it: "shells hit the border town of X",
 * "rockets struck a school in X", "the army shelled X" and a denial's "our artillery has not fired a
 * single round at X" all tell of {@link #SHELL} (kind conflict). What was hit is the place named after
 * the verb, so that is the object: two reports of fire on one town meet, and the denial is linked to
 * the report it denies (a CONTRADICTION), while fire on another town stays apart. "Strike" with a
 * projectile as subject is no labour strike; "fired the manager" (no projectile, no "at"/"on") is no
 * shelling.
 */
final class Shelling {

    static final String SHELL = "shell";

    private static final Set<String> PROJECTILES = Set.of("shell", "missile", "rocket", "mortar", "drone",
            "bomb", "round", "projectile", "artillery", "grenade");
    /** Verbs that tell a projectile arriving: its subject is the projectile. */
    private static final Set<String> ARRIVING = Set.of("hit", "strike", "land", "fall", "slam", "rain", "pound");
    /** Verbs that tell firing: the projectile is the object, or "at"/"on" names the target. */
    private static final Set<String> FIRING = Set.of("fire", "launch", "lob");
    /** Verbs that are shelling by themselves. */
    private static final Set<String> SHELLING = Set.of("shell", "bomb", "bombard");
    /** How far after a firing verb its object is looked for. */
    private static final int REACH = 5;

    private Shelling() {
    }

    /** Whether the verb at {@code verb} tells fire aimed at something. */
    static boolean told(List<Token> tokens, int verb) {
        if (verb < 0 || verb >= tokens.size()) {
            return false;
        }
        String lemma = tokens.get(verb).lemma();
        String word = tokens.get(verb).text().toLowerCase(Locale.ROOT);
        // By its form too: the lemmatizer reads "shelled" as "shel".
        if (SHELLING.contains(lemma) || tokens.get(verb).verb() && (word.startsWith("shell") || word.startsWith("bombard"))) {
            return true;
        }
        if (ARRIVING.contains(lemma)) {
            return projectileBefore(tokens, verb);
        }
        if (!FIRING.contains(lemma)) {
            return false;
        }
        for (int k = verb + 1; k < Math.min(tokens.size(), verb + 1 + REACH); k++) {
            Token t = tokens.get(k);
            if (projectile(t) || k == verb + 1 && (t.is("at") || t.is("on"))) {
                return true;
            }
            if (!t.pos().equals("DET") && !t.pos().equals("ADJ") && !t.pos().equals("NUM")) {
                return false;
            }
        }
        return false;
    }

    /** The place named after the verb in its sentence, before the next comma, lower-cased; null when none. */
    static String target(List<Token> tokens, List<Mention> mentions, int verb) {
        int end = verb + 1;
        while (end < tokens.size() && !tokens.get(end).is(",") && !tokens.get(end).is(";")) {
            end++;
        }
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.PLACE && m.first() > verb && m.first() < end) {
                return m.name().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** A projectile noun as the subject right before the verb (past auxiliaries and adverbs). */
    private static boolean projectileBefore(List<Token> tokens, int verb) {
        int k = verb - 1;
        while (k >= 0 && (tokens.get(k).pos().equals("AUX") || tokens.get(k).pos().equals("ADV"))) {
            k--;
        }
        return k >= 0 && projectile(tokens.get(k));
    }

    private static boolean projectile(Token t) {
        return projectile(t.text()) || PROJECTILES.contains(t.lemma());
    }

    /**
     * Whether the word names a projectile ("Shells", "rockets"): a sentence's opening "Shells" is read as
     * a name, which is no participant of the fire.
     */
    static boolean projectile(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return PROJECTILES.contains(w) || w.endsWith("s") && PROJECTILES.contains(w.substring(0, w.length() - 1));
    }
}
