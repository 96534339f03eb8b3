package io.factline.temporal;

import static io.factline.temporal.Lexicon.B;
import static io.factline.temporal.Lexicon.DAY_NUMBER;
import static io.factline.temporal.Lexicon.E;
import static io.factline.temporal.Lexicon.MONTH;
import static io.factline.temporal.Lexicon.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Clock times and parts of the day: "10:35 a.m.", "9.30am" (British style), "4 p.m. EST", "noon Thursday", "5 p.m. Nov. 6", "midnight",
 * "4 in the morning", "10 at night",
 * "late at night", "early in the morning", "in the morning" (the day last mentioned), "overnight" (a night next to the
 * publication day). A clock time without a day falls on the day last mentioned, or on the publication day.
 */
final class TimeOfDayRules implements RuleFamily {

    private static final String ZONE = "(?:\\s*(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|ET|local\\s+time"
            + "|(?-i:PT|CT|MT|AKST|AKDT|HST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|JST|KST|HKT|SGT|IST|MSK|EET|EEST|WET|WEST|SAST"
            + "|WAT|EAT|CAT|PKT|ICT|WIB)))?";
    private static final String CLOCK = "(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?-i:([apAP])(?:\\.[mM]\\.?|[mM](?![\\p{L}])))|(\\d{1,2}):(\\d{2})(?!\\d|:\\d)"
            + "|(noon|midday|midnight)|(\\d{1,2})(?:\\s+o'clock|(?=\\s+(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night))))";
    /** "Next Thursday", "this Friday": a weekday counted from the publication date ({@link WeekdayRules#resolve}). */
    private static final String QUALIFIED_WEEKDAY = "(?:(?:next|this|last|coming)\\s+)?" + WEEKDAY;
    /** "every Monday at 8 a.m.": the recurrence is its own expression, the clock time another. */
    private static final String NOT_AFTER_EVERY = "(?<!\\b(?i:every|each)\\s{1,3})";
    /** The day after a clock time: "8 p.m. Thursday", "noon on Nov. 9", "2 p.m. on Saturday, Feb. 7". */
    private static final String DAY_AFTER = "(?:,?\\s+(?:on\\s+)?((?:" + WEEKDAY + ",?\\s+)?(?:" + MONTH + ")\\s*" + DAY_NUMBER
            + "|" + QUALIFIED_WEEKDAY + "|today|yesterday|tomorrow))?";

    private static final Triggers TRIGGERS = Triggers.digits().words("noon", "midday", "midnight", "morning",
            "afternoon", "evening", "night", "day", "overnight").build();

    /**
     * Words after which "overnight" is no night: a sudden change ("almost overnight", "did not happen overnight"), a
     * stay ("stayed overnight") or a noun's modifier ("an overnight flight").
     */
    private static final Pattern NOT_A_NIGHT_BEFORE = Pattern.compile("(?i)\\b(?:almost|virtually|nearly|practically|"
            + "literally|seemingly|not|n't|never|happens?|happened|change[sd]?|disappear(?:s|ed)?|vanish(?:es|ed)?|"
            + "stay(?:s|ed)?|an|the|his|her|their|its|first|second|[a-z]+['’]s)\\s+$");
    /** What may follow "overnight" the adverb: punctuation, the end, or a word that opens a phrase or clause. */
    private static final Pattern NIGHT_AFTER = Pattern.compile("(?i)^(?:\\s*[.,;:!?)\"”’'—–-](?![\\p{L}])|\\s*$"
            + "|\\s+(?:in|on|at|to|from|into|and|or|as|after|before|while|when|with|for|by|near|across|amid|despite|"
            + "until|through|but|the|a|an|local|killing|leaving|forcing|injuring)\\b)");

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.of("clock-time", B + "(?:" + NOT_AFTER_EVERY + "(" + QUALIFIED_WEEKDAY + "|today|yesterday|tomorrow|tonight)\\s+(?:at\\s+)?)?"
                        + CLOCK + "(?:\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+night|tonight))?" + ZONE
                        + DAY_AFTER, TimeOfDayRules::clock),
                Rule.of("late-at-night", B + "(late|early)\\s+(?:at|in\\s+the)\\s+(night|morning|evening|afternoon)" + E,
                        TimeOfDayRules::partOfDay),
                Rule.of("mid-part-of-day", B + "(mid)[- ]?(morning|afternoon|day)" + E, TimeOfDayRules::partOfDay),
                Rule.of("in-the-morning", "(?<=\\b(?:in|during)\\s{1,3})the\\s+(morning|afternoon|evening)" + E
                        + "(?!\\s+of\\b)", TimeOfDayRules::anchoredPartOfDay),
                Rule.of("overnight", B + "overnight" + E, TimeOfDayRules::overnight));
    }

    private static Normalized clock(MatchResult m, ResolutionContext context) {
        if (m.group(1) == null && m.group(7) != null && m.group(7).equalsIgnoreCase("noon")
                && Lexicon.matches(context.before(6).toLowerCase(Locale.ROOT), "(?s).*\\bhigh\\s+$")) {
            return null; // "high noon comes today": the idiom for a decisive moment, not twelve o'clock
        }
        String clock = clockValue(m);
        if (clock == null) {
            return null;
        }
        String dayWord = m.group(1) != null ? m.group(1) : m.group(10);
        CalendarPoint day = dayWord == null ? anchorDay(context) : CalendarPoint.day(day(dayWord, context));
        return Normalized.time(day, clock);
    }

    private static String clockValue(MatchResult m) {
        if (m.group(7) != null) {
            String word = m.group(7).toLowerCase(Locale.ROOT);
            return word.equals("midnight") ? "24:00" : "12:00";
        }
        int hour;
        int minute = 0;
        if (m.group(2) != null || m.group(4) != null) {
            hour = Integer.parseInt(m.group(2));
            minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = m.group(4).equalsIgnoreCase("p");
            hour = hour % 12 + (pm ? 12 : 0);
        } else if (m.group(5) != null) {
            hour = Integer.parseInt(m.group(5));
            minute = Integer.parseInt(m.group(6));
            if (hour > 23) {
                return null;
            }
            if (m.group(9) != null && hour < 12 && !m.group(9).equalsIgnoreCase("morning")) {
                hour += 12;
            }
        } else {
            hour = Integer.parseInt(m.group(8));
            minute = 0;
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean evening = m.group(9) != null && !m.group(9).equalsIgnoreCase("morning");
            boolean night = m.group().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:at\\s+night|tonight)\\b.*") && hour >= 6;
            if (evening || night) {
                hour = hour % 12 + 12;
            }
        }
        if (minute > 59) {
            return null;
        }
        return "%02d:%02d".formatted(hour, minute);
    }

    private static LocalDate day(String word, ResolutionContext context) {
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        LocalDate reference = context.reference;
        return switch (lower) {
            case "today", "tonight" -> reference;
            case "yesterday" -> reference.minusDays(1);
            case "tomorrow" -> reference.plusDays(1);
            default -> {
                String weekday = lower.replaceFirst("^(?:next|this|last|coming) ", "");
                if (Lexicon.WEEKDAYS.containsKey(weekday)) {
                    String qualifier = lower.substring(0, lower.length() - weekday.length()).trim();
                    yield WeekdayRules.resolve(DayOfWeek.of(Lexicon.weekday(weekday)), qualifier, context);
                }
                lower = lower.replaceFirst("^[a-z.]+day\\.?,?\\s+|^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.,?\\s+", "");
                String monthWord = lower.replaceAll("\\s*\\d.*$", "");
                int dayOfMonth = Lexicon.dayNumber(lower.substring(monthWord.length()));
                int month = Lexicon.month(monthWord);
                yield context.placeInYear(year -> CalendarPoint.day(LocalDate.of(year, month,
                        Math.min(dayOfMonth, LocalDate.of(year, month, 1).lengthOfMonth())))).start();
            }
        };
    }

    /**
     * The day a time without one falls on: the day mentioned last, else the publication day. A day still ahead
     * cannot hold what a past-tense clause reports ("Rain will return on Friday. Snow fell between midnight and
     * 6 a.m."): that is the publication day's night or morning.
     */
    private static CalendarPoint anchorDay(ResolutionContext context) {
        CalendarPoint day = context.anchorDay();
        if (day.start().isAfter(context.reference) && context.tense() == Tense.PAST) {
            return CalendarPoint.day(context.reference);
        }
        return day;
    }

    /** "Buyers came back in the morning": the part of the day last mentioned (or of the publication day). */
    private static Normalized anchoredPartOfDay(MatchResult m, ResolutionContext context) {
        return Normalized.time(anchorDay(context), Lexicon.PARTS_OF_DAY.get(m.group(1).toLowerCase(Locale.ROOT)));
    }

    /**
     * "Artillery pounded the suburbs overnight": the night before the publication day, as "last night" is; "frost will
     * form overnight": the coming night. Only the adverb: not "an overnight stay", "overnight rates", "almost
     * overnight".
     */
    private static Normalized overnight(MatchResult m, ResolutionContext context) {
        if (NOT_A_NIGHT_BEFORE.matcher(context.before(20)).find() || !NIGHT_AFTER.matcher(context.after(12)).find()) {
            return null;
        }
        boolean ahead = context.tense() == Tense.FUTURE;
        return Normalized.time(CalendarPoint.day(context.reference.minusDays(ahead ? 0 : 1)), "NI");
    }

    private static Normalized partOfDay(MatchResult m, ResolutionContext context) {
        String edge = m.group(1).toLowerCase(Locale.ROOT);
        String part = m.group(2).toLowerCase(Locale.ROOT);
        if (part.equals("day")) {
            return Normalized.time(anchorDay(context), "12:00").withMod("APPROX");
        }
        Normalized time = Normalized.time(anchorDay(context), Lexicon.PARTS_OF_DAY.get(part));
        return time.withMod(switch (edge) {
            case "late" -> "END";
            case "early" -> "START";
            default -> "MID";
        });
    }
}
