package io.factline.temporal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Word tables shared by the rules, and the regular-expression fragments built from them.
 * Every table maps the lower-case written form to its calendar meaning.
 */
final class Lexicon {

    /** Start of a word: no letter or digit just before. */
    static final String B = "(?<![\\p{L}\\p{N}])";
    /** End of a word: no letter or digit just after. */
    static final String E = "(?![\\p{L}\\p{N}])";

    static final Map<String, Integer> MONTHS = table(
            "january", 1, "february", 2, "march", 3, "april", 4, "may", 5, "june", 6, "july", 7, "august", 8,
            "september", 9, "october", 10, "november", 11, "december", 12,
            "jan.", 1, "jan", 1, "feb.", 2, "feb", 2, "mar.", 3, "apr.", 4, "apr", 4, "jun.", 6, "jul.", 7,
            "aug.", 8, "aug", 8, "sept.", 9, "sept", 9, "sep.", 9, "oct.", 10, "oct", 10, "nov.", 11, "nov", 11,
            "dec.", 12, "dec", 12);

    /** ISO day numbers; abbreviations only with their full stop, so "sun" and "wed" stay words. */
    static final Map<String, Integer> WEEKDAYS = table(
            "monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7,
            "mon.", 1, "tue.", 2, "tues.", 2, "wed.", 3, "thu.", 4, "thur.", 4, "thurs.", 4, "fri.", 5, "sat.", 6,
            "sun.", 7);

    /** First month of each season (meteorological seasons, northern hemisphere). */
    static final Map<String, Integer> SEASONS = table(
            "spring", 3, "summer", 6, "fall", 9, "autumn", 9, "winter", 12);

    static final Map<String, String> PARTS_OF_DAY = Map.of(
            "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "nights", "NI",
            "mornings", "MO", "afternoons", "AF", "evenings", "EV");

    static final Map<String, Integer> NUMBER_WORDS = table(
            "a", 1, "an", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7,
            "eight", 8, "nine", 9, "ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13, "fourteen", 14,
            "fifteen", 15, "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19, "twenty", 20,
            "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90,
            "hundred", 100, "a hundred", 100, "a dozen", 12, "dozen", 12, "a couple of", 2, "couple of", 2,
            "a couple", 2);

    /** Quantities that leave the count unspecified ("X" in the TIMEX3 value). */
    static final Map<String, String> VAGUE_QUANTITIES = Map.of(
            "several", "X", "a few", "X", "few", "X", "many", "X", "some", "X", "a number of", "X",
            "numerous", "X", "dozens of", "X", "hundreds of", "X");

    static final Map<String, Integer> ORDINALS = table(
            "first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5, "sixth", 6, "seventh", 7, "eighth", 8,
            "ninth", 9, "tenth", 10, "eleventh", 11, "twelfth", 12, "thirteenth", 13, "fourteenth", 14,
            "fifteenth", 15, "sixteenth", 16, "seventeenth", 17, "eighteenth", 18, "nineteenth", 19,
            "twentieth", 20, "twenty-first", 21, "final", 4, "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);

    /** Duration units: singular written form to TIMEX3 unit letter and how many of it one word means. */
    static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("second", new Unit("S", true, 1, null)),
            Map.entry("minute", new Unit("M", true, 1, null)),
            Map.entry("hour", new Unit("H", true, 1, null)),
            Map.entry("day", new Unit("D", false, 1, Granularity.DAY)),
            Map.entry("night", new Unit("D", false, 1, Granularity.DAY)),
            Map.entry("week", new Unit("W", false, 1, Granularity.WEEK)),
            Map.entry("weekend", new Unit("WE", false, 1, Granularity.WEEKEND)),
            Map.entry("fortnight", new Unit("W", false, 2, Granularity.WEEK)),
            Map.entry("month", new Unit("M", false, 1, Granularity.MONTH)),
            Map.entry("quarter", new Unit("Q", false, 1, Granularity.QUARTER)),
            Map.entry("year", new Unit("Y", false, 1, Granularity.YEAR)),
            Map.entry("decade", new Unit("Y", false, 10, Granularity.DECADE)),
            Map.entry("century", new Unit("Y", false, 100, Granularity.CENTURY)));

    static final String MONTH = alt(MONTHS.keySet());
    static final String WEEKDAY = alt(WEEKDAYS.keySet());
    static final String SEASON = alt(SEASONS.keySet());
    static final String PART_OF_DAY = "(?:morning|afternoon|evening|night)";
    static final String DAY_NUMBER = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String TENS_WORD = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
            + "nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    private static final String UNIT_WORD = "(?:one|two|three|four|five|six|seven|eight|nine)";
    /** A year said the way broadcast transcripts write it: "nineteen ninety-six", "two thousand (and) one". */
    static final String SPELLED_YEAR = "(?:(?:eighteen|nineteen)[- ]" + TENS_WORD + "(?:[- ]" + UNIT_WORD + ")?"
            + "|(?:eighteen|nineteen)[- ]oh[- ]" + UNIT_WORD + "|two[- ]thousand(?:[- ](?:and[- ])?" + UNIT_WORD + ")?)";
    static final String YEAR = "(?:1[0-9]\\d\\d|20\\d\\d|" + SPELLED_YEAR + ")";
    static final String SPELLED_NUMBER = "(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|a)[- ]"
            + "(?:hundred|thousand)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
            + "(?:one|two|three|four|five|six|seven|eight|nine)|" + alt(NUMBER_WORDS.keySet()) + ")";
    static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+(?![.,]?\\d)|\\d+(?:[.,]\\d+)?|" + SPELLED_NUMBER + ")";
    static final String UNIT = "(?:" + "second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade"
            + ")s?|centur(?:y|ies)";

    private Lexicon() {
    }

    /** One duration unit; {@code granularity} is the calendar unit it counts in, null for clock units. */
    record Unit(String letter, boolean clock, int multiplier, Granularity granularity) {
    }

    /** The unit named by a singular or plural unit word. */
    static Unit unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("centur")) {
            return UNITS.get("century");
        }
        Unit unit = UNITS.get(w);
        return unit != null ? unit : UNITS.get(w.substring(0, w.length() - 1));
    }

    /** Most digits a written count may have; a longer one ("99999999999 days") counts as vague. */
    private static final int MAX_COUNT_DIGITS = 9;

    /**
     * The number written in digits or words, or null when the quantity is vague ("several", "a few")
     * or too large to be a calendar count.
     */
    static Integer number(String written) {
        String w = replaceAll(written.toLowerCase(Locale.ROOT).trim(), "\\s+", " ");
        if (matches(w, "\\d{1,3}(,\\d{3})+")) {
            w = w.replace(",", ""); // "2,000 years"
        }
        w = w.replace(',', '.');
        if (matches(w, "\\d+")) {
            return w.length() <= MAX_COUNT_DIGITS ? Integer.valueOf(w) : null;
        }
        if (matches(w, "\\d+\\.\\d+")) {
            return null;
        }
        Integer direct = NUMBER_WORDS.get(w);
        if (direct != null) {
            return direct;
        }
        String[] parts = w.split("[- ]");
        if (parts.length == 2 && NUMBER_WORDS.containsKey(parts[0]) && parts[1].equals("thousand")) {
            return NUMBER_WORDS.get(parts[0]) * 1000; // "two thousand years"
        }
        if (parts.length == 2 && NUMBER_WORDS.containsKey(parts[0]) && parts[1].equals("hundred")) {
            return NUMBER_WORDS.get(parts[0]) * 100; // "three hundred years"
        }
        if (parts.length == 2 && NUMBER_WORDS.containsKey(parts[0]) && NUMBER_WORDS.containsKey(parts[1])) {
            return NUMBER_WORDS.get(parts[0]) + NUMBER_WORDS.get(parts[1]);
        }
        return null;
    }

    /** A year in digits or spelled out ({@link #SPELLED_YEAR}). */
    static int year(String written) {
        String w = replaceAll(written.toLowerCase(Locale.ROOT), "[\\s-]+", " ").trim();
        if (Character.isDigit(w.charAt(0))) {
            return Integer.parseInt(w);
        }
        String[] parts = w.split(" ");
        if (parts[0].equals("two")) {
            int rest = parts.length > 2 ? NUMBER_WORDS.get(parts[parts.length - 1]) : 0;
            return 2000 + rest;
        }
        int century = NUMBER_WORDS.get(parts[0]) * 100;
        int rest = 0;
        for (int i = 1; i < parts.length; i++) {
            rest += parts[i].equals("oh") ? 0 : NUMBER_WORDS.get(parts[i]);
        }
        return century + rest;
    }

    static int month(String written) {
        return MONTHS.get(written.toLowerCase(Locale.ROOT));
    }

    static int weekday(String written) {
        return WEEKDAYS.get(written.toLowerCase(Locale.ROOT));
    }

    static int dayNumber(String written) {
        return Integer.parseInt(written.replaceAll("\\D", ""));
    }

    /** A regular-expression alternation of the words, longest first, dots and spaces made literal/flexible. */
    static String alt(java.util.Collection<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static final Map<String, Pattern> CONTEXT_PATTERNS = new ConcurrentHashMap<>();

    /**
     * {@code text.matches(regex)}, with each of the resolvers' fixed expressions compiled once instead of on every
     * call ({@link String#matches} compiles anew each time).
     */
    static boolean matches(CharSequence text, String regex) {
        return CONTEXT_PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(text).matches();
    }

    /** {@code text.replaceAll(regex, replacement)}, with the expression compiled once (see {@link #matches}). */
    static String replaceAll(String text, String regex, String replacement) {
        return CONTEXT_PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(text).replaceAll(replacement);
    }

    /** Compiles a rule pattern, case-insensitive for ASCII letters (all rule words are ASCII). */
    static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    private static Map<String, Integer> table(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return Map.copyOf(map);
    }
}
