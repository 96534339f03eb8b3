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
 */
record Rule(String name, Pattern pattern, Resolver resolver, boolean[] firstChars) {

    @FunctionalInterface
    interface Resolver {
        Normalized resolve(MatchResult match, ResolutionContext context);
    }

    static Rule of(String name, String regex, Resolver resolver) {
        Pattern pattern = Lexicon.compile(regex);
        return new Rule(name, pattern, resolver, firstChars(pattern));
    }

    /** Whether a match may begin with {@code c}; characters beyond ASCII are always tried. */
    boolean mayStartWith(char c) {
        return c >= firstChars.length || firstChars[c];
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
}
