package io.factline.extraction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place of an article's dateline: the town in capitals that opens its first paragraphs
 * ("HARBOR CITY — A divided council …", "BRACKWATER, May 12 (Agency) - A jury …") is where the story
 * happens, so an unnamed body in it ("councillors", "the board") is that town's ({@link BodyName}).
 */
final class DatelinePlace {

    /** Up to four words in capitals, a state or country after a comma, then a dash or a comma and a month. */
    private static final Pattern DATELINE = Pattern.compile("\\s*([A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3})"
            + "(?:,\\s*[A-Z][A-Za-z.]+)?\\s*(?:\u2014|\u2013|--|-|,\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d)");
    /** The headline and the first paragraphs: a dateline opens the story. */
    private static final int LINES = 3;

    private DatelinePlace() {
    }

    /** The dateline's place, written as a name ("Harbor City"), or null when no paragraph opens with one. */
    static String of(String text) {
        int seen = 0;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = DATELINE.matcher(line);
            if (m.lookingAt() && m.group(1).replaceAll("[^A-Z]", "").length() >= 3) {
                return asName(m.group(1));
            }
            if (++seen == LINES) {
                return null;
            }
        }
        return null;
    }

    /** A name written in capitals as a name: "PORT ELLERY" → "Port Ellery". */
    static String asName(String capitals) {
        StringBuilder name = new StringBuilder();
        for (String word : capitals.split(" ")) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }
}
