package io.factline.temporal;

import static io.factline.temporal.Lexicon.B;
import static io.factline.temporal.Lexicon.E;
import static io.factline.temporal.Lexicon.MONTH;
import static io.factline.temporal.Lexicon.PART_OF_DAY;
import static io.factline.temporal.Lexicon.WEEKDAY;
import static io.factline.temporal.Lexicon.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Weekdays, optionally with "last", "next" or "this" and a part of the day: "on Tuesday", "said Friday",
 * "next Tuesday", "Thursday night", and the day next to one: "the day before last Tuesday's hearing".
 * <p>
 * A bare weekday means the nearest such day in the direction of the clause's tense: news reports what happened,
 * so "met on Tuesday" or "said Tuesday" is the latest Tuesday on or before the publication date, while "will travel
 * on Thursday" is the first Thursday on or after it, and so is "polls close Thursday", since news writes schedules
 * in the present tense. Without any tense marker the past reading wins, as in reporting.
 */
final class WeekdayRules implements RuleFamily {

    /**
     * "Postponed the vote until Tuesday", "gave them until 9 a.m. Friday": a deadline set in a past-tense report
     * still lies ahead. Not "up until Tuesday" or "not until Tuesday", nor a fronted "Until Tuesday, ..." (how long
     * something lasted).
     */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("\\b(?!up\\b|not\\b)[a-z]+\\s+(?:until|till)\\s+$");

    /**
     * The second day of a span written with two weekdays: "talks that run from Tuesday to Thursday", "between Monday
     * and Wednesday" (not "met Friday and Thursday", a list), "Friday through Sunday". It ends after the day it starts on.
     */
    private static final Pattern SPAN_BEFORE = Pattern.compile("(?:\\bbetween\\s+(?:" + WEEKDAY + ")\\s+and|\\b(?:" + WEEKDAY
            + ")\\s*(?:-|–|\\bto|\\bthrough|\\bthru|\\buntil|\\btill))\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * "the government said Wednesday": the day of the report, not of what it reports, so later expressions ("a year
     * earlier", "the next day") do not count from it.
     */
    private static final Pattern SAID_BEFORE = Pattern.compile("\\b(?:said|announced|reported)\\s+(?:on\\s+)?$");

    private static final Triggers TRIGGERS = Triggers.words(Lexicon.WEEKDAYS.keySet()).build();

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    /** Which weekday of a month: "the first Sunday of March", "the last Friday in June". */
    private static final Map<String, Integer> NTH = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "fifth", 5, "last", -1, "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.of("nth-weekday-of-month", B + "(?:the\\s+)?(" + Lexicon.alt(NTH.keySet()) + ")\\s+(" + WEEKDAY
                        + ")\\s+(?:of|in)\\s+(?:(each|every)\\s+month|(" + MONTH + ")(?:,?\\s+(" + YEAR + "))?)" + E,
                        WeekdayRules::nthWeekdayOfMonth),
                Rule.of("offset-from-weekday", B + "(a|one|two|three|\\d)\\s+(days?|weeks?)\\s+from\\s+(" + WEEKDAY
                        + ")" + E, WeekdayRules::offsetFromDay),
                Rule.of("weekday", B + "(?:day\\s+(before|after)\\s+)?(?:(last|next|this|(?:this\\s+)?coming|(?:this\\s+)?past|(?:the\\s+)?previous|(?:the\\s+)?following)\\s+)?(" + WEEKDAY
                + ")(?:\\s+(" + PART_OF_DAY + "))?" + E, WeekdayRules::weekday));
    }

    /**
     * "The first Sunday of March" is one day, placed like a month without a year (the tense decides between last
     * March and the coming one) unless a year follows; "the second Tuesday of each month" recurs monthly.
     */
    private static Normalized nthWeekdayOfMonth(MatchResult m, ResolutionContext context) {
        if (!Character.isUpperCase(m.group(2).charAt(0))) {
            return null;
        }
        if (m.group(3) != null) {
            return Normalized.set("P1M");
        }
        if (!ExplicitDateRules.plausibleMonthWord(m.group(4))) {
            return null;
        }
        int nth = NTH.get(m.group(1).toLowerCase(Locale.ROOT));
        DayOfWeek dayOfWeek = DayOfWeek.of(Lexicon.weekday(m.group(2)));
        int month = Lexicon.month(m.group(4));
        int year = m.group(5) != null ? Lexicon.year(m.group(5))
                : context.placeInYear(y -> CalendarPoint.month(y, month)).year();
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate day = nth < 0 ? first.with(TemporalAdjusters.lastInMonth(dayOfWeek))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, dayOfWeek));
        return day.getMonthValue() == month ? Normalized.date(CalendarPoint.day(day)) : null;
    }

    /** "A week from Thursday", "two days from Friday": the day counted from the coming day named. */
    private static Normalized offsetFromDay(MatchResult m, ResolutionContext context) {
        String count = m.group(1).toLowerCase(Locale.ROOT);
        int n = switch (count) {
            case "a", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            default -> Integer.parseInt(count);
        };
        if (!Character.isUpperCase(m.group(3).charAt(0))) {
            return null;
        }
        LocalDate start = context.reference.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(Lexicon.weekday(m.group(3)))));
        LocalDate day = m.group(2).toLowerCase(Locale.ROOT).startsWith("week") ? start.plusWeeks(n) : start.plusDays(n);
        return Normalized.date(CalendarPoint.day(day));
    }

    private static Normalized weekday(MatchResult m, ResolutionContext context) {
        String word = m.group(3);
        if (!Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        DayOfWeek dayOfWeek = DayOfWeek.of(Lexicon.weekday(word));
        String qualifier = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT).replaceFirst("^(?:the|this)\\s+", "");
        LocalDate date = resolve(dayOfWeek, qualifier, context);
        if (m.group(1) != null) {
            date = date.plusDays(m.group(1).equalsIgnoreCase("before") ? -1 : 1);
        }
        CalendarPoint day = CalendarPoint.day(date);
        if (m.group(4) != null) {
            return Normalized.time(day, Lexicon.PARTS_OF_DAY.get(m.group(4).toLowerCase(Locale.ROOT)));
        }
        Normalized whole = Normalized.date(day);
        return SAID_BEFORE.matcher(context.before(16)).find() ? whole.comparison() : whole;
    }

    /**
     * News uses the present for schedules ("polls close Thursday"), the past for what happened; a possessive
     * ("Tuesday's declaration") names an event already reported, whatever the tense around it, unless the clause
     * plainly awaits it ({@link AwaitedEvent}).
     */
    private static boolean forwards(Tense tense) {
        return tense == Tense.FUTURE || tense == Tense.PRESENT;
    }

    static LocalDate resolve(DayOfWeek dayOfWeek, String qualifier, ResolutionContext context) {
        LocalDate reference = context.reference;
        return switch (qualifier) {
            case "last", "past" -> reference.with(TemporalAdjusters.previous(dayOfWeek));
            case "next", "coming" -> reference.with(TemporalAdjusters.next(dayOfWeek));
            case "previous" -> context.anchorDay().start().with(TemporalAdjusters.previous(dayOfWeek));
            case "following" -> context.anchorDay().start().with(TemporalAdjusters.next(dayOfWeek));
            case "this" -> reference.with(dayOfWeek);
            default -> bare(dayOfWeek, context);
        };
    }

    private static LocalDate bare(DayOfWeek dayOfWeek, ResolutionContext context) {
        LocalDate reference = context.reference;
        if (reference.getDayOfWeek() == dayOfWeek) {
            return reference;
        }
        if (DEADLINE_BEFORE.matcher(context.before(24)).find()) {
            return reference.with(TemporalAdjusters.nextOrSame(dayOfWeek));
        }
        boolean possessive = Lexicon.matches(context.after(2), "^['’]s");
        if (!possessive && ForwardFrame.awaitedOccasion(context)) {
            LocalDate coming = reference.with(TemporalAdjusters.next(dayOfWeek));
            LocalDate past = reference.with(TemporalAdjusters.previous(dayOfWeek));
            return ChronoUnit.DAYS.between(reference, coming) <= ChronoUnit.DAYS.between(past, reference) ? coming : past;
        }
        if (SPAN_BEFORE.matcher(context.before(24)).find() && context.lastPoint() != null
                && context.lastPoint().granularity() == Granularity.DAY) {
            return context.lastPoint().start().with(TemporalAdjusters.next(dayOfWeek));
        }
        boolean ahead = possessive ? AwaitedEvent.ahead(context) : forwards(context.tense());
        return ahead
                ? reference.with(TemporalAdjusters.nextOrSame(dayOfWeek))
                : reference.with(TemporalAdjusters.previousOrSame(dayOfWeek));
    }
}
