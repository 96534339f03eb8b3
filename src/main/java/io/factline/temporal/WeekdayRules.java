package io.factline.temporal;

import static io.factline.temporal.Lexicon.B;
import static io.factline.temporal.Lexicon.E;
import static io.factline.temporal.Lexicon.PART_OF_DAY;
import static io.factline.temporal.Lexicon.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
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

    private static final Triggers TRIGGERS = Triggers.words(Lexicon.WEEKDAYS.keySet()).build();

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rule.of("weekday", B + "(?:day\\s+(before|after)\\s+)?(?:(last|next|this|coming|past|(?:the\\s+)?previous|(?:the\\s+)?following)\\s+)?(" + WEEKDAY
                + ")(?:\\s+(" + PART_OF_DAY + "))?" + E, WeekdayRules::weekday));
    }

    private static Normalized weekday(MatchResult m, ResolutionContext context) {
        String word = m.group(3);
        if (!Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        DayOfWeek dayOfWeek = DayOfWeek.of(Lexicon.weekday(word));
        String qualifier = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        LocalDate date = resolve(dayOfWeek, qualifier, context);
        if (m.group(1) != null) {
            date = date.plusDays(m.group(1).equalsIgnoreCase("before") ? -1 : 1);
        }
        CalendarPoint day = CalendarPoint.day(date);
        if (m.group(4) != null) {
            return Normalized.time(day, Lexicon.PARTS_OF_DAY.get(m.group(4).toLowerCase(Locale.ROOT)));
        }
        return Normalized.date(day);
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
        boolean ahead = possessive ? AwaitedEvent.ahead(context) : forwards(context.tense());
        return ahead
                ? reference.with(TemporalAdjusters.nextOrSame(dayOfWeek))
                : reference.with(TemporalAdjusters.previousOrSame(dayOfWeek));
    }
}
