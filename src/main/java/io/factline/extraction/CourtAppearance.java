package io.factline.extraction;

import java.util.List;
import java.util.Locale;

/**
 * A defendant appearing before a judge or in court ("will appear before a judge in Velna on
 * Friday", "appeared in court on Monday") is the court's hearing of the case: kind
 * {@link EventKinds#HEARING}, which other outlets report as what the court decided there ("a court
 * on Friday ordered him held", a {@link EventKinds#RULING}: the two kinds are compatible on one
 * day, {@link EventKinds#compatible}). Appearing before lawmakers is a testimony ({@link Testimony}).
 */
final class CourtAppearance {

    /** How far after "appear" the court is looked for ("appeared briefly before a district judge"). */
    private static final int REACH = 5;

    private CourtAppearance() {
    }

    /** Whether the verb at {@code verb} tells someone appearing before a judge or in court. */
    static boolean at(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        if (!v.verb() || !v.lemma().equals("appear")) {
            return false;
        }
        boolean led = false;
        for (int k = verb + 1; k < tokens.size() && k <= verb + REACH; k++) {
            Token t = tokens.get(k);
            if (t.is("before") || t.is("in")) {
                led = true;
            } else if (led && (EventKinds.courtWord(t.text().toLowerCase(Locale.ROOT)) || t.is("courtroom"))) {
                return true;
            } else if (t.punctuation() || t.verb() || t.is("to")) {
                return false;
            }
        }
        return false;
    }
}
