package io.factline.temporal;

import static io.factline.temporal.Lexicon.B;
import static io.factline.temporal.Lexicon.E;
import static io.factline.temporal.Lexicon.NUMBER;
import static io.factline.temporal.Lexicon.PART_OF_DAY;
import static io.factline.temporal.Lexicon.UNIT;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Expressions counted from the publication date or from the date last mentioned: "today", "yesterday morning",
 * "last night", "last month", "next year", "this week", "the following day", "two weeks ago", "a year earlier",
 * "year-ago". In "three days later" TimeML marks only the duration ("three days") and treats "later" as a signal,
 * so that is left to {@link DurationRules}.
 * <p>
 * "Last", "next", "this" and "ago" count from the publication date. "Earlier", "the following" and "the previous"
 * count from the date the story last mentioned, which is how "a year earlier" after a quarter in a
 * results story comes to mean the same quarter of the year before.
 */
final class RelativeRules implements RuleFamily {

    private static final Map<String, Integer> DEICTIC_DAYS = Map.of(
            "today", 0, "tonight", 0, "yesterday", -1, "tomorrow", 1);
    private static final Map<String, Integer> PUBLICATION_OFFSETS = Map.ofEntries(
            Map.entry("last", -1), Map.entry("past", -1), Map.entry("the past", -1), Map.entry("the last", -1),
            Map.entry("latest", -1), Map.entry("the latest", -1), Map.entry("the most recent", -1),
            Map.entry("next", 1), Map.entry("coming", 1), Map.entry("the next", 1), Map.entry("the coming", 1),
            Map.entry("this", 0), Map.entry("current", 0), Map.entry("the current", 0), Map.entry("the present", 0),
            Map.entry("this past", -1));
    private static final Map<String, Integer> ANCHOR_OFFSETS = Map.of(
            "previous", -1, "the previous", -1, "the prior", -1, "the preceding", -1,
            "following", 1, "the following", 1, "the same", 0, "that", 0, "that same", 0);
    /**
     * Qualifiers that make a decade or century a stretch of time reaching up to now or on from now: "over the past
     * decade", "in the next decade", "over the coming century" are ten or a hundred years (P10Y), not the calendar
     * decade before or after this one; "next decade" and "last century" without "the" name the calendar unit.
     */
    private static final Set<String> SPAN_QUALIFIERS = Set.of("the past", "the last", "past", "the next", "the coming");
    /** Days counted from the story's last date: "the next day", "that same day", "the following morning". */
    private static final Map<String, Integer> DAY_OFFSETS = Map.of(
            "the previous", -1, "the prior", -1, "the preceding", -1, "the following", 1, "the next", 1,
            "the same", 0, "that", 0, "that same", 0);
    private static final String QUALIFIER = Lexicon.alt(
            java.util.stream.Stream.concat(PUBLICATION_OFFSETS.keySet().stream(), ANCHOR_OFFSETS.keySet().stream())
                    .toList());
    /** "the holiday weekend", "last long weekend": a weekend all the same. */
    private static final String LONG_WEEKEND = "(?:(?:holiday|long|three-day)\\s+(?=weekend\\b))?";
    private static final String VAGUE = Lexicon.alt(Lexicon.VAGUE_QUANTITIES.keySet());

    /** Words before "the week" that name a part of it: "by the end of the week", "later in the week". */
    private static final Pattern PART_OF_THE_WEEK = Pattern.compile(
            "(?i)\\b(?:(?:end|close|beginning|start|middle|rest|remainder)\\s+of|(?:later|earlier|late|early)\\s+in)\\s+$");

    private static final Triggers TRIGGERS = Triggers.words(DEICTIC_DAYS.keySet()).words(Lexicon.PARTS_OF_DAY.keySet()).words("second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "quarter", "year", "decade", "century", "centuries").build();

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.of("deictic-day", B + "(?:the\\s+day\\s+(before|after)\\s+)?(today|tonight|yesterday|tomorrow)"
                        + "(?:\\s+(" + PART_OF_DAY + "))?" + E, RelativeRules::deicticDay),
                Rule.of("part-then-deictic-day", B + "(?:mid[- ]?)?(" + PART_OF_DAY
                        + ")\\s+(today|yesterday|tomorrow)" + E, RelativeRules::partThenDeicticDay),
                Rule.of("part-of-this-day", B + "(this|last)\\s+(" + PART_OF_DAY + ")" + E, RelativeRules::partOfDay),
                Rule.of("relative-unit", B + "(" + QUALIFIER + ")\\s+(?:(?:fiscal|calendar)\\s+|" + LONG_WEEKEND + ")?"
                        + "(week|weekend|month|year|decade|century|quarter)" + E, RelativeRules::relativeUnit),
                Rule.of("anchored-day", B + "(" + Lexicon.alt(DAY_OFFSETS.keySet()) + ")\\s+(day|" + PART_OF_DAY + ")"
                        + E, RelativeRules::anchoredDay),
                Rule.of("day-before-named-day", B + "the\\s+(day|night|morning|evening)\\s+(before|after)"
                        + "(?=\\s*[,.;:!?)—–]|\\s*$)", RelativeRules::dayBeforeNamedDay),
                Rule.of("ordinal-day-today", B + "(?:the\\s+)?(?:" + Lexicon.alt(Lexicon.ORDINALS.keySet())
                        + ")\\s+(?:straight\\s+|consecutive\\s+|full\\s+)?day" + E + "(?=\\s+(?:of|in|since)\\b)",
                        RelativeRules::ordinalDayToday),
                Rule.of("bare-unit", B + "the\\s+" + LONG_WEEKEND + "(week|weekend|month|year|decade)" + E
                        + "(?!\\s+(?:of(?!\\s+(?:[A-Z]{0,2}\\$|#|\\d))|before|after|earlier|ago|later|to|in|that|when|since|\\d))"
                        + "(?!-)", RelativeRules::bareUnit), // "a high for the year of $42" is this year; "the week of" is not
                Rule.of("decade-ahead", B + "the\\s+(decade|century)\\s+(?:ahead|to\\s+come)" + E, // as "the coming decade"
                        (m, context) -> Normalized.duration(m.group(1).equalsIgnoreCase("decade") ? "P10Y" : "P100Y")),
                Rule.of("unit-before-last", B + "the\\s+(week|weekend|month|year)\\s+before\\s+last" + E,
                        RelativeRules::unitBeforeLast),
                Rule.of("year-end", B + "(?:the\\s+)?year(?:[- ]|['’]s\\s+)end" + E + "(?!-)",
                        (m, context) -> Normalized.date(CalendarPoint.year(context.reference.getYear()), "END")),
                Rule.of("whole-year", B + "(the\\s+)?(?:(full)|fiscal|entire|whole)[- ]year" + E
                        + "(?!\\s+(?:" + Lexicon.YEAR + "|'\\d\\d))", RelativeRules::wholeYear),
                Rule.of("ago", B + "(" + NUMBER + "|" + VAGUE + ")[\\s-]+(" + UNIT + ")(\\s+or\\s+so)?\\s+"
                        + "(ago|earlier|before|from\\s+(?:now|today)|hence|previously|back)" + E, RelativeRules::ago),
                Rule.of("year-earlier", B + "(?:the\\s+)?year[- ](?:earlier|ago)(?:\\s+(?:fiscal\\s+)?(quarter|period))?"
                        + E, RelativeRules::yearEarlier),
                Rule.of("period-a-year-earlier", B + "the\\s+(quarter|period)\\s+a\\s+year\\s+(?:ago|earlier|before)" + E,
                        RelativeRules::yearEarlier));
    }

    /** "Today's world", "today's youth": the present in general, not the publication day; not a TimeML date. */
    private static final Pattern GENERIC_OF = Pattern.compile("(?i)\\b(?:the|of)\\s+(?:[a-z]+s|people|children|youth)\\s+of\\s+$");
    private static final Pattern GENERIC_TODAY = Pattern.compile("(?i)^['’]s\\s+(?:[a-z]+\\s+)?(?:world|youth|society|generation|"
            + "economy|markets?|children|kids|young|standards|technology|culture|politics|computers|consumers|"
            + "families|workers|students|teenagers|parents|media)\\b");

    private static Normalized deicticDay(MatchResult m, ResolutionContext context) {
        String word = m.group(2).toLowerCase(Locale.ROOT);
        if (m.group(1) == null && m.group(3) == null && (word.equals("today") || word.equals("tomorrow"))
                && GENERIC_OF.matcher(context.before(24)).find() && !context.after(2).matches("^['’]s")) {
            return null; // "the leaders of tomorrow", "the cities of today": the present or coming age, not a day
        }
        if (word.equals("today") && (GENERIC_TODAY.matcher(context.after(24)).find()
                || m.group(2).equals("Today") && !context.before(3).matches("(?s).*([.!?\"“`'‘]\\s*|\\n\\s*)|\\s*"))) {
            return null;
        }
        int offset = DEICTIC_DAYS.get(word);
        if (m.group(1) != null) {
            offset += m.group(1).equalsIgnoreCase("before") ? -1 : 1;
        }
        CalendarPoint day = CalendarPoint.day(context.reference.plusDays(offset));
        if (word.equals("tonight")) {
            return Normalized.time(day, "NI");
        }
        if (m.group(3) != null) {
            return Normalized.time(day, Lexicon.PARTS_OF_DAY.get(m.group(3).toLowerCase(Locale.ROOT)));
        }
        return Normalized.date(day);
    }

    /** "Mid-afternoon yesterday", "late morning today": a part of the day named before its day. */
    private static Normalized partThenDeicticDay(MatchResult m, ResolutionContext context) {
        CalendarPoint day = CalendarPoint.day(context.reference.plusDays(DEICTIC_DAYS.get(m.group(2).toLowerCase(Locale.ROOT))));
        return Normalized.time(day, Lexicon.PARTS_OF_DAY.get(m.group(1).toLowerCase(Locale.ROOT)));
    }

    private static Normalized partOfDay(MatchResult m, ResolutionContext context) {
        String part = m.group(2).toLowerCase(Locale.ROOT);
        boolean last = m.group(1).equalsIgnoreCase("last");
        CalendarPoint day = CalendarPoint.day(context.reference.plusDays(last ? -1 : 0));
        return Normalized.time(day, Lexicon.PARTS_OF_DAY.get(part));
    }

    private static Normalized relativeUnit(MatchResult m, ResolutionContext context) {
        String qualifier = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String unitWord = m.group(2).toLowerCase(Locale.ROOT);
        Granularity granularity = Lexicon.unit(unitWord).granularity();
        if (SPAN_QUALIFIERS.contains(qualifier)
                && (granularity == Granularity.DECADE || granularity == Granularity.CENTURY)) {
            return Normalized.duration(granularity == Granularity.DECADE ? "P10Y" : "P100Y");
        }
        Integer fromPublication = PUBLICATION_OFFSETS.get(qualifier);
        if (qualifier.equals("this") && granularity == Granularity.QUARTER && reportedResults(context)) {
            return Normalized.date(context.lastQuarter());
        }
        if (fromPublication != null) {
            if (granularity == Granularity.WEEKEND) {
                return Normalized.date(weekend(context.reference, fromPublication));
            }
            return Normalized.date(CalendarPoint.containing(granularity, context.reference).plus(fromPublication));
        }
        CalendarPoint anchor = context.anchor();
        CalendarPoint base = CalendarPoint.containing(granularity, anchor.start());
        return Normalized.date(base.plus(ANCHOR_OFFSETS.get(qualifier)));
    }

    /** Figures of a period written as its possessive: "this quarter's loss", "this quarter's results". */
    private static final Pattern RESULTS_OF = Pattern.compile("(?i)^['’]s\\s+(?:(?:net|operating|pretax)\\s+)?"
            + "(?:results|earnings|profits?|loss(?:es)?|net|income|revenues?|sales|figures)\\b");

    /**
     * "This quarter's loss includes a charge" in a story reporting on a quarter that has ended: the figures of a
     * quarter still running cannot be reported yet, so the writer means the reported one. A forecast ("this
     * quarter's sales will fall") keeps the running quarter.
     */
    private static boolean reportedResults(ResolutionContext context) {
        CalendarPoint reported = context.lastQuarter();
        return reported != null && reported.granularity() == Granularity.QUARTER
                && reported.end().isBefore(context.reference) && RESULTS_OF.matcher(context.after(30)).find()
                && context.tense() != Tense.FUTURE;
    }

    /**
     * "The next day" counts from the day last mentioned, else from the publication day. "That day", "that same day"
     * and "the same day" point back to a day already named; with none named before ("trades made that day" in a
     * general remark, "that same day" after "last October") they name no day the text gives, and are not tagged.
     */
    private static Normalized anchoredDay(MatchResult m, ResolutionContext context) {
        String qualifier = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        CalendarPoint last = context.lastPoint();
        if (m.group(2).equalsIgnoreCase("day") && (qualifier.startsWith("that") || qualifier.equals("the same"))
                && context.knowsEarlierDates() && (last == null || last.granularity() != Granularity.DAY)) {
            return null;
        }
        int offset = DAY_OFFSETS.get(qualifier);
        CalendarPoint day = CalendarPoint.day(context.anchorDay().start().plusDays(offset));
        String part = m.group(2).toLowerCase(Locale.ROOT);
        return part.equals("day") ? Normalized.date(day) : Normalized.time(day, Lexicon.PARTS_OF_DAY.get(part));
    }

    /**
     * "Arrested on Jan. 12. The day before, police had searched his flat": "the day before" or "the day after" with
     * nothing after it (a comma, the sentence's end) counts from the day the story named last, as "the previous day"
     * does. With no day named before, or before an event ("the day before the vote"), the text gives no day.
     */
    private static Normalized dayBeforeNamedDay(MatchResult m, ResolutionContext context) {
        CalendarPoint last = context.lastPoint();
        if (context.knowsEarlierDates() && (last == null || last.granularity() != Granularity.DAY)) {
            return null;
        }
        CalendarPoint day = CalendarPoint.day(context.anchorDay().start()
                .plusDays(m.group(2).equalsIgnoreCase("before") ? -1 : 1));
        String part = m.group(1).toLowerCase(Locale.ROOT);
        return part.equals("day") ? Normalized.date(day) : Normalized.time(day, Lexicon.PARTS_OF_DAY.get(part));
    }

    /**
     * "Today is the eighth day of the blockade", "It's the second day of the strike": the day of a running event that
     * the story says it is now is the publication day. Said of another day ("It was the third day of the siege", "on
     * his first day in office") the count names a day the text does not date, so nothing is tagged.
     */
    private static Normalized ordinalDayToday(MatchResult m, ResolutionContext context) {
        if (!Lexicon.matches(context.before(16).toLowerCase(Locale.ROOT), "(?s).*\\b(?:is|['’]s|marks)\\s+$")) {
            return null;
        }
        return Normalized.date(CalendarPoint.day(context.reference));
    }

    /** "The year before last", "the week before last": two units back from the publication date. */
    private static Normalized unitBeforeLast(MatchResult m, ResolutionContext context) {
        Granularity granularity = Lexicon.unit(m.group(1)).granularity();
        if (granularity == Granularity.WEEKEND) {
            return Normalized.date(weekend(context.reference, -2));
        }
        return Normalized.date(CalendarPoint.containing(granularity, context.reference).plus(-2));
    }

    /** "This weekend" is the weekend of the publication week, "last weekend" the one of the week before. */
    private static CalendarPoint weekend(LocalDate reference, int offset) {
        return CalendarPoint.weekend(reference).plus(offset);
    }

    /**
     * "A full year" is a length (P1Y); "the full year" in a results story is the current (fiscal) year, whose
     * figures are forecast or reported.
     */
    private static Normalized wholeYear(MatchResult m, ResolutionContext context) {
        if (m.group(1) != null && m.group(2) != null) {
            return Normalized.date(CalendarPoint.year(context.reference.getYear()));
        }
        return Normalized.duration("P1Y");
    }

    /**
     * "The week" with no "this", "last" or "next" ("For the week, the index fell 2%", "the week's busiest session",
     * "the week following the crash") names the week the story is about, which the phrase does not place: TIMEX3
     * writes the week it leaves open as {@code WXX} (in the TempEval-3 training data all four instances are written
     * so). It gives no calendar interval, so nothing counts from it and no event takes it as its date. A part of it
     * ("by the end of the week", "later in the week") is the running week, as "this week".
     */
    private static Normalized bareUnit(MatchResult m, ResolutionContext context) {
        String unitWord = m.group(1).toLowerCase(Locale.ROOT);
        if (unitWord.equals("week") && !PART_OF_THE_WEEK.matcher(context.before(24)).find()) {
            return Normalized.unplaced(context.reference.getYear() + "-WXX");
        }
        if (unitWord.equals("year") && context.after(10).matches("^\\s+(?:ended|ending|through)\\b.*")) {
            return Normalized.duration("P1Y");
        }
        if (unitWord.equals("weekend")) {
            CalendarPoint thisWeekend = CalendarPoint.weekend(context.reference);
            boolean weekendPassed = !thisWeekend.start().isAfter(context.reference);
            Tense tense = context.tense();
            if (tense == Tense.FUTURE || tense == Tense.PRESENT) {
                return Normalized.date(weekendPassed && thisWeekend.end().isBefore(context.reference)
                        ? thisWeekend.plus(1) : thisWeekend);
            }
            return Normalized.date(weekendPassed ? thisWeekend : thisWeekend.plus(-1));
        }
        return Normalized.date(CalendarPoint.containing(Lexicon.unit(unitWord).granularity(), context.reference));
    }

    private static Normalized ago(MatchResult m, ResolutionContext context) {
        Lexicon.Unit unit = Lexicon.unit(m.group(2));
        String direction = m.group(4).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (direction.equals("before")) {
            String after = context.after(2);
            if (!(after.isEmpty() || after.matches("^[.,;:)].*") || after.startsWith("\n"))) {
                return null;
            }
        }
        if (unit.clock() && !fromNow(direction) && !direction.equals("ago")) {
            return null;
        }
        boolean backwards = switch (direction) {
            case "ago", "earlier", "before", "previously", "back" -> true;
            default -> false;
        };
        boolean fromPublication = direction.equals("ago") || fromNow(direction)
                || direction.equals("back");
        Integer count = Lexicon.number(m.group(1));
        String mod = m.group(3) != null ? "APPROX" : null;
        if (count == null) {
            return Normalized.reference(backwards ? "PAST_REF" : "FUTURE_REF").withMod(mod);
        }
        if (unit.clock()) {
            return Normalized.date(CalendarPoint.day(context.reference)).withMod(mod);
        }
        if (backwards && count == 1 && unit.granularity() == Granularity.YEAR && YearToDateSpan.namedBefore(context)) {
            return Normalized.date(YearToDateSpan.yearBefore(context)).withMod(mod).comparison();
        }
        long amount = (long) count * unit.multiplier() * (backwards ? -1 : 1);
        if (direction.equals("from today") && (unit.granularity() == Granularity.DAY || unit.granularity() == Granularity.WEEK)) {
            long days = unit.granularity() == Granularity.WEEK ? amount * 7 : amount;
            return Normalized.date(CalendarPoint.day(context.reference.plusDays(days))).withMod(mod); // "two weeks from today"
        }
        Granularity granularity = unit.granularity() == Granularity.DECADE || unit.granularity() == Granularity.CENTURY
                ? Granularity.YEAR : unit.granularity();
        int multiplier = unit.granularity() == Granularity.DECADE ? 10 : unit.granularity() == Granularity.CENTURY ? 100 : 1;
        Granularity counted = multiplier > 1 ? Granularity.YEAR : unit.granularity();
        long units = multiplier > 1 ? (long) count * multiplier * (backwards ? -1 : 1) : amount;
        CalendarPoint base = fromPublication ? publicationBase(granularity, context) : anchorBase(granularity, context);
        Normalized date = Normalized.date(shift(base, counted, units)).withMod(mod);
        return backwards ? date.comparison() : date;
    }

    private static boolean fromNow(String direction) {
        return direction.equals("from now") || direction.equals("from today") || direction.equals("hence");
    }

    /**
     * "Year-earlier" and "year-ago" compare with the same period a year before: the quarter, half or month the
     * story is about, else the publication year.
     */
    private static Normalized yearEarlier(MatchResult m, ResolutionContext context) {
        boolean quarter = m.group(1) != null && m.group(1).equalsIgnoreCase("quarter");
        if (!quarter && YearToDateSpan.namedBefore(context)) {
            return Normalized.date(YearToDateSpan.yearBefore(context)).comparison();
        }
        CalendarPoint base = publicationBase(Granularity.YEAR, context);
        if (m.group(1) != null && m.group(1).equalsIgnoreCase("quarter") && base.granularity() != Granularity.QUARTER) {
            base = CalendarPoint.containing(Granularity.QUARTER, context.reference).plus(-1);
        }
        return Normalized.date(shift(base, Granularity.YEAR, -1)).comparison();
    }

    /**
     * The publication date at the unit's granularity; for "a year ago" in a story that reports on a quarter or
     * half-year (a results story), that period.
     */
    private static CalendarPoint publicationBase(Granularity granularity, ResolutionContext context) {
        CalendarPoint quarter = context.lastQuarter();
        if (granularity == Granularity.YEAR && quarter != null
                && Math.abs(quarter.year() - context.reference.getYear()) <= 1) {
            return quarter;
        }
        return CalendarPoint.containing(granularity, context.reference);
    }

    private static CalendarPoint anchorBase(Granularity granularity, ResolutionContext context) {
        CalendarPoint last = context.lastPoint();
        if (last == null) {
            return CalendarPoint.containing(granularity, context.reference);
        }
        CalendarPoint quarter = context.lastQuarter();
        if (granularity == Granularity.YEAR && quarter != null && last.granularity() == Granularity.DAY
                && !quarter.end().isBefore(last.start().minusDays(7))) {
            return quarter;
        }
        if (last.granularity().compareTo(granularity) > 0 && !reportedPeriod(last)) {
            return CalendarPoint.containing(granularity, last.start());
        }
        return last;
    }

    private static boolean reportedPeriod(CalendarPoint point) {
        return point.granularity() == Granularity.QUARTER || point.granularity() == Granularity.HALF
                || point.granularity() == Granularity.MONTH;
    }

    private static CalendarPoint shift(CalendarPoint base, Granularity unit, long amount) {
        LocalDate moved = base.start().plus(amount * unit.amount, unit.unit);
        return CalendarPoint.containing(base.granularity(), moved);
    }
}
