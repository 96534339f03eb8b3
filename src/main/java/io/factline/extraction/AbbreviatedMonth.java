package io.factline.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * News style abbreviates months before a day ("began on the afternoon of Aug. 16, a Sunday", "its
 * regular meeting on Oct. 1"), and the sentence detector ends a sentence at the abbreviation's full
 * stop, leaving "… of Aug." dated the whole month and "16, a Sunday, …" without its subject. A
 * sentence that ends in an abbreviated month and is followed by one that opens with a number is one
 * sentence.
 */
final class AbbreviatedMonth {

    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\.$");

    private AbbreviatedMonth() {
    }

    /** The sentence spans of {@code line}, with those cut after an abbreviated month before a number joined. */
    static Span[] join(String line, Span[] spans) {
        return SentenceJoin.join(line, spans, (before, next) -> Character.isDigit(next) && endsInMonth(before));
    }

    private static boolean endsInMonth(String sentence) {
        Matcher m = LAST_WORD.matcher(sentence);
        return m.find() && MONTHS.contains(m.group(1).toLowerCase(Locale.ROOT))
                && Character.isUpperCase(m.group(1).charAt(0));
    }
}
