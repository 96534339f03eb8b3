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

/**
 * Weekdays, optionally with "last", "next" or "this" and a part of the day: "on Tuesday", "said Friday",
 * "next Tuesday", "Thursday night".
 * <p>
 * A bare weekday means the nearest such day in the direction of the clause's tense: news reports what happened,
 * so "met on Tuesday" or "said Tuesday" is the latest Tuesday on or before the publication date, while "will travel
 * on Thursday" is the first Thursday on or after it, and so is "polls close Thursday", since news writes schedules
 * in the present tense. Without any tense marker the past reading wins, as in reporting.
 */
final class WeekdayRules implements RuleFamily {

    private static final Triggers TRIGGERS = Triggers.words(Lexicon.WEEKDAYS.keySet()).build();

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rule.of("weekday", B + "(?:(last|next|this|coming|past|(?:the\\s+)?previous|(?:the\\s+)?following)\\s+)?(" + WEEKDAY
                + ")(?:\\s+(" + PART_OF_DAY + "))?" + E, WeekdayRules::weekday));
    }

    private static Normalized weekday(MatchResult m, ResolutionContext context) {
        String word = m.group(2);
        if (!Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        DayOfWeek dayOfWeek = DayOfWeek.of(Lexicon.weekday(word));
        String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        LocalDate date = resolve(dayOfWeek, qualifier, context);
        CalendarPoint day = CalendarPoint.day(date);
        if (m.group(3) != null) {
            return Normalized.time(day, Lexicon.PARTS_OF_DAY.get(m.group(3).toLowerCase(Locale.ROOT)));
        }
        return Normalized.date(day);
    }

    /**
     * News uses the present for schedules ("polls close Thursday"), the past for what happened; a possessive
     * ("Tuesday's declaration") names an event already reported.
     */
    private static boolean forwards(Tense tense, boolean possessive) {
        return tense == Tense.FUTURE || tense == Tense.PRESENT && !possessive;
    }

    static LocalDate resolve(DayOfWeek dayOfWeek, String qualifier, ResolutionContext context) {
        LocalDate reference = context.reference;
        return switch (qualifier) {
            case "last", "past" -> reference.with(TemporalAdjusters.previous(dayOfWeek));
            case "next", "coming" -> reference.with(TemporalAdjusters.next(dayOfWeek));
            case "previous" -> context.anchorDay().start().with(TemporalAdjusters.previous(dayOfWeek));
            case "following" -> context.anchorDay().start().with(TemporalAdjusters.next(dayOfWeek));
            case "this" -> reference.with(dayOfWeek);
            default -> forwards(context.tense(), context.after(2).matches("^['’]s"))
                    ? reference.with(TemporalAdjusters.nextOrSame(dayOfWeek))
                    : reference.with(TemporalAdjusters.previousOrSame(dayOfWeek));
        };
    }
}
