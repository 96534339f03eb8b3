package io.factline.temporal;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One recognition pattern and how to normalise what it matched.
 *
 * @param name     short name, shown when debugging which rule fired
 * @param pattern  the regular expression, applied to each sentence
 * @param resolver turns a match into a value; returns null to reject the match
 */
record Rule(String name, Pattern pattern, Resolver resolver) {

    @FunctionalInterface
    interface Resolver {
        Normalized resolve(MatchResult match, ResolutionContext context);
    }

    static Rule of(String name, String regex, Resolver resolver) {
        return new Rule(name, Lexicon.compile(regex), resolver);
    }
}
