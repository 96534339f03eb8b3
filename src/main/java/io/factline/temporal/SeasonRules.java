package io.factline.temporal;

import static io.factline.temporal.Lexicon.B;
import static io.factline.temporal.Lexicon.E;
import static io.factline.temporal.Lexicon.SEASON;
import static io.factline.temporal.Lexicon.YEAR;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;

/**
 * Seasons: "last fall", "this summer", "the winter of 2024", "spring 2025". "Fall" and "spring" are also verbs,
 * so a season needs a determiner, "last"/"this"/"next", a year or a preposition such as "in" before it.
 */
final class SeasonRules implements RuleFamily {

    private static final Triggers TRIGGERS = Triggers.words(Lexicon.SEASONS.keySet()).build();

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rule.of("season", B + "(?:(the|last|this|next|past|coming)\\s+)?(" + SEASON + ")"
                + "(?:\\s+(?:of\\s+)?(" + YEAR + "))?" + E + "(?!\\s+(?:of\\s+(?!" + YEAR + ")|season|semester|term))",
                SeasonRules::season));
    }

    private static Normalized season(MatchResult m, ResolutionContext context) {
        int firstMonth = Lexicon.SEASONS.get(m.group(2).toLowerCase(Locale.ROOT));
        String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        if (m.group(3) != null) {
            return Normalized.date(CalendarPoint.season(Integer.parseInt(m.group(3)), firstMonth));
        }
        CalendarPoint current = CalendarPoint.containing(Granularity.SEASON, context.reference);
        return switch (qualifier) {
            case "last", "past" -> Normalized.date(latestBefore(current, firstMonth));
            case "next", "coming" -> Normalized.date(earliestAfter(current, firstMonth));
            case "this" -> Normalized.date(CalendarPoint.season(seasonYear(context, firstMonth), firstMonth));
            case "the" -> Normalized.date(context.placeInYear(year -> CalendarPoint.season(year, firstMonth)));
            default -> prepositionBefore(context)
                    ? Normalized.date(context.placeInYear(year -> CalendarPoint.season(year, firstMonth)))
                    : null;
        };
    }

    private static boolean prepositionBefore(ResolutionContext context) {
        return context.before(12).toLowerCase(Locale.ROOT)
                .matches("(?s).*\\b(in|during|until|till|by|since|through|early|late|mid|this|last|next)[- ]$");
    }

    private static int seasonYear(ResolutionContext context, int firstMonth) {
        int year = context.reference.getYear();
        return firstMonth == 12 && context.reference.getMonthValue() <= 2 ? year - 1 : year;
    }

    private static CalendarPoint latestBefore(CalendarPoint current, int firstMonth) {
        CalendarPoint candidate = new CalendarPoint(Granularity.SEASON, current.start().minusMonths(3));
        for (int i = 0; i < 4; i++) {
            if (candidate.start().getMonthValue() == firstMonth) {
                return candidate;
            }
            candidate = new CalendarPoint(Granularity.SEASON, candidate.start().minusMonths(3));
        }
        return candidate;
    }

    private static CalendarPoint earliestAfter(CalendarPoint current, int firstMonth) {
        CalendarPoint candidate = new CalendarPoint(Granularity.SEASON, current.start().plusMonths(3));
        for (int i = 0; i < 4; i++) {
            if (candidate.start().getMonthValue() == firstMonth) {
                return candidate;
            }
            candidate = new CalendarPoint(Granularity.SEASON, candidate.start().plusMonths(3));
        }
        return candidate;
    }
}
