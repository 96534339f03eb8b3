package io.factline.temporal;

import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One recognition pattern and how to normalise what it matched.
 *
 * @param name       short name, shown when debugging which rule fired
 * @param pattern    the regular expression, applied to each sentence
 * @param resolver   turns a match into a value; returns null to reject the match
 * @param firstChars which ASCII characters a match can begin with (see {@link #mayStartWith})
 * @param firstPairs which pairs of ASCII characters a match can begin with, at {@code 128 * first + second}
 */
record Rule(String name, Pattern pattern, Resolver resolver, boolean[] firstChars, boolean[] firstPairs) {

    @FunctionalInterface
    interface Resolver {
        Normalized resolve(MatchResult match, ResolutionContext context);
    }

    static Rule of(String name, String regex, Resolver resolver) {
        Pattern pattern = Lexicon.compile(regex);
        boolean[] firstChars = firstChars(pattern);
        return new Rule(name, pattern, resolver, firstChars, firstPairs(pattern, firstChars));
    }

    /** Whether a match may begin with {@code c}; characters beyond ASCII are always tried. */
    boolean mayStartWith(char c) {
        return c >= firstChars.length || firstChars[c];
    }

    /**
     * Whether a match may begin at {@code start} of {@code text}, judged by its first two characters where the region
     * {@code [start, end)} has two (only the first otherwise); characters beyond ASCII are always tried. Most words
     * that share a first letter with a month, weekday or number word part at the second letter, so this spares the
     * regular expression most of its failing attempts.
     */
    boolean mayStartAt(String text, int start, int end) {
        char first = text.charAt(start);
        if (!mayStartWith(first)) {
            return false;
        }
        if (start + 1 >= end || first >= firstChars.length) {
            return true;
        }
        char second = text.charAt(start + 1);
        return second >= firstChars.length || firstPairs[first * firstChars.length + second];
    }

    /**
     * The ASCII characters a match can begin with, found by running the pattern on each one-character string: it
     * either matches or runs out of input ({@link Matcher#hitEnd()}) when more text could complete a match. A pattern
     * that opens with a positive look-behind needs text before the match, so it may begin anywhere.
     */
    private static boolean[] firstChars(Pattern pattern) {
        boolean[] first = new boolean[128];
        boolean lookBehind = pattern.pattern().startsWith("(?<=");
        for (char c = 0; c < first.length; c++) {
            Matcher matcher = pattern.matcher(String.valueOf(c));
            first[c] = lookBehind || matcher.lookingAt() || matcher.hitEnd();
        }
        return first;
    }

    /** As {@link #firstChars}, for each two-character string whose first character may begin a match. */
    private static boolean[] firstPairs(Pattern pattern, boolean[] firstChars) {
        int size = firstChars.length;
        boolean[] pairs = new boolean[size * size];
        boolean lookBehind = pattern.pattern().startsWith("(?<=");
        char[] pair = new char[2];
        Matcher matcher = pattern.matcher("");
        for (char first = 0; first < size; first++) {
            if (!firstChars[first]) {
                continue;
            }
            pair[0] = first;
            for (char second = 0; second < size; second++) {
                pair[1] = second;
                matcher.reset(new String(pair));
                pairs[first * size + second] = lookBehind || matcher.lookingAt() || matcher.hitEnd();
            }
        }
        return pairs;
    }
}
