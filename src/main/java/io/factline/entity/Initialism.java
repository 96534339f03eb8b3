package io.factline.entity;

import java.util.Locale;
import java.util.Set;

/**
 * An organisation's name and the initials outlets write for it: one report names "the National
 * Transportation Safety Board", another "the NTSB"; "the Department of Environmental Quality" is "the DEQ".
 * The initials are the first letters of the name's capitalised words, past the small words that join
 * them ("of", "the", "and", "for", "on"). A name with fewer than three such words, or with another word in
 * lower case ("Friends of the earth"), has none.
 */
public final class Initialism {

    private static final Set<String> JOINERS = Set.of("of", "the", "and", "for", "on", "&");
    /** Initials of two letters ("MF" for "Miners Federation") are too often another body's to stand for a name. */
    private static final int MIN_OF_NAME = 3;
    private static final int MIN = 2;
    private static final int MAX = 6;

    private Initialism() {
    }

    /** The initials of a name ("NTSB"), or null when it has none (see the class comment). */
    public static String of(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : Names.clean(name).split(" ")) {
            if (JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || !Character.isLetter(word.charAt(0))
                    || written(word)) {
                return null;
            }
            initials.append(word.charAt(0));
        }
        return initials.length() >= MIN_OF_NAME && initials.length() <= MAX ? initials.toString() : null;
    }

    /** Whether a name is written as initials: one word of two to six capital letters ("NTSB", "EU"). */
    public static boolean written(String name) {
        String word = name.strip();
        if (word.length() < MIN || word.length() > MAX) {
            return false;
        }
        return word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }
}
