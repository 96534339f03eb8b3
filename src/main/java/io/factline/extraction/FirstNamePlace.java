package io.factline.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * A lone word after a preposition of place that is only the first word of a person's name the
 * article introduced is a place, not that person: news writes people alone by their surnames, so
 * "escort him back to Lusk" after a byline naming "Lusk Herald" (guessed a person) goes to a town,
 * and "the court in Santelmo" after "told Santelmo Today" sits in one. A surname ("talks in
 * Moscow with Okafor" aside, "to Okafor") still links to the person.
 */
final class FirstNamePlace {

    private static final Set<String> PREPOSITIONS = Set.of("in", "to", "at", "near", "into", "outside", "inside",
            "toward", "towards", "via", "across");

    private FirstNamePlace() {
    }

    /**
     * Whether {@code word}, written right after {@code before}, is a place rather than the person
     * {@code fullName} its article introduced.
     */
    static boolean place(Token before, String word, String fullName) {
        if (before == null || fullName == null || !PREPOSITIONS.contains(before.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String[] parts = fullName.split(" ");
        return parts.length > 1 && parts[0].equalsIgnoreCase(word) && !parts[parts.length - 1].equalsIgnoreCase(word);
    }
}
