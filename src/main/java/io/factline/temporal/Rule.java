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
        Pattern probe = startProbe(pattern);
        boolean[] firstChars = firstChars(probe);
        return new Rule(name, pattern, resolver, firstChars, firstPairs(probe, firstChars));
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
     * The pattern whose start is the start of a match: the rule's own, or for one that opens with a positive
     * look-behind ("(?<=the )days") what follows the look-behind, since the look-behind reads text before the match
     * and the match itself begins with the rest. Null (may begin anywhere) when the rest holds another positive
     * look-behind that is not inside a negative look-ahead: run on a few characters alone, it would fail for want of
     * the text before them (so also for a non-boundary {@code \B}, which needs the character before the match).
     */
    private static Pattern startProbe(Pattern pattern) {
        String regex = pattern.pattern();
        if (!regex.startsWith("(?<=")) {
            return pattern;
        }
        int end = groupEnd(regex);
        String rest = end < 0 ? "" : regex.substring(end);
        if (rest.isEmpty() || rest.replace("(?!(?<=", "").contains("(?<=") || rest.contains("\\B")) {
            return null;
        }
        return Pattern.compile(rest, pattern.flags());
    }

    /** The index after the group that opens {@code regex}, skipping escapes and character classes; -1 if unclosed. */
    private static int groupEnd(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The ASCII characters a match can begin with, found by running the start probe on each one-character string: it
     * either matches or runs out of input ({@link Matcher#hitEnd()}) when more text could complete a match.
     */
    private static boolean[] firstChars(Pattern probe) {
        boolean[] first = new boolean[128];
        for (char c = 0; c < first.length; c++) {
            if (probe == null) {
                first[c] = true;
                continue;
            }
            Matcher matcher = probe.matcher(String.valueOf(c));
            first[c] = matcher.lookingAt() || matcher.hitEnd();
        }
        return first;
    }

    /** As {@link #firstChars}, for each two-character string whose first character may begin a match. */
    private static boolean[] firstPairs(Pattern probe, boolean[] firstChars) {
        int size = firstChars.length;
        boolean[] pairs = new boolean[size * size];
        char[] pair = new char[2];
        for (char first = 0; first < size; first++) {
            if (!firstChars[first]) {
                continue;
            }
            pair[0] = first;
            for (char second = 0; second < size; second++) {
                pair[1] = second;
                if (probe == null) {
                    pairs[first * size + second] = true;
                    continue;
                }
                Matcher matcher = probe.matcher(new String(pair));
                pairs[first * size + second] = matcher.lookingAt() || matcher.hitEnd();
            }
        }
        return pairs;
    }
}
