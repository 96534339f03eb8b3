package io.factline.extraction;

import io.factline.date.EdtfDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small rule-based {@link DateFinder} for the expressions news reports date events with:
 * weekdays ("on Thursday", "later Wednesday", "Tuesday night"), relative days, weeks, months
 * and years ("earlier this month", "last month", "next year"), month names with or without day
 * and year, ISO dates and years after a preposition ("since 2014").
 *
 * <p>It stands in for the temporal engine (package {@code temporal}) until that is merged. A
 * name without a year or a bare weekday is resolved in the direction of the sentence's tense:
 * the nearest cue before the expression decides ("will", "plans to" look forward; a past-tense
 * verb looks back), so "will travel on Thursday" is the coming Thursday and "told reporters
 * Tuesday" the Tuesday just past. With no cue, a weekday is the nearest one either side.
 */
public final class RuleDateFinder implements DateFinder {

    private static final String WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String MONTH = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.";
    private static final Pattern EXPRESSION = Pattern.compile("(?i)\\b(?:"
            + "(?<iso>\\d{4}-\\d{2}-\\d{2})"
            + "|(?<md>(?<mdMonth>" + MONTH + ")\\s+(?<mdDay>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<mdYear>\\d{4}))?)"
            + "|(?<dm>(?<dmDay>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<dmMonth>" + MONTH + ")(?:,?\\s+(?<dmYear>\\d{4}))?)"
            + "|(?<my>(?<myMonth>" + MONTH + ")\\s+(?<myYear>\\d{4}))"
            + "|(?<rel>(?<relMod>earlier|later|late|early)\\s+this\\s+(?<relUnit>week|month|year))"
            + "|(?<unit>(?<unitMod>this|last|next|past)\\s+(?<unitName>week|month|year))"
            + "|(?<wd>(?:(?<wdMod>last|next|this|later|earlier|late|early)\\s+)?(?<wdName>" + WEEKDAY + ")"
            + "(?:\\s+(?:morning|afternoon|evening|night))?)"
            + "|(?<day>today|tonight|yesterday|tomorrow)"
            + "|(?<mon>(?:(?<monMod>last|next|this|early|late|mid-?)\\s*)?(?<monName>" + MONTH + "))"
            + "|(?<year>(?<=\\b(?:in|since|to|by|until|from|of|during|before|after|through)\\s)(?:19|20)\\d{2})"
            + ")(?![\\w-])");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|'ll|shall|going to|plans? to|planning to"
            + "|expected to|is to|are to|scheduled|due to|set to|would|intends? to|aims? to|next)\\b");
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:\\w{3,}ed|said|told|met|was|were|had|did|went"
            + "|came|took|gave|made|held|spoke|saw|left|began|won|lost|sent|got|became|ago|last|earlier)\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private enum Tense { PAST, FUTURE, NONE }

    @Override
    public List<FoundDate> find(String sentence, LocalDate reference) {
        List<FoundDate> found = new ArrayList<>();
        Matcher m = EXPRESSION.matcher(sentence);
        while (m.find()) {
            if (m.group("mon") != null && !plausibleMonth(sentence, m)) {
                continue;
            }
            Tense tense = tense(sentence, m.start());
            String value = resolve(m, reference, tense);
            if (value != null) {
                found.add(new FoundDate(m.group(), m.start(), m.end(), EdtfDate.parse(value)));
            }
        }
        found.sort(Comparator.comparingInt(FoundDate::begin));
        return found;
    }

    private static String resolve(Matcher m, LocalDate ref, Tense tense) {
        if (m.group("iso") != null) {
            return valid(m.group("iso"));
        }
        if (m.group("md") != null || m.group("dm") != null) {
            boolean md = m.group("md") != null;
            int month = month(m.group(md ? "mdMonth" : "dmMonth"));
            int day = Integer.parseInt(m.group(md ? "mdDay" : "dmDay"));
            String year = m.group(md ? "mdYear" : "dmYear");
            if (day < 1 || day > 31) {
                return null;
            }
            if (year != null) {
                return valid(String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day));
            }
            int y = ref.getYear();
            if (!YearMonth.of(y, month).isValidDay(day)) {
                return null;
            }
            LocalDate date = LocalDate.of(y, month, day);
            if (tense == Tense.PAST && date.isAfter(ref) && YearMonth.of(y - 1, month).isValidDay(day)) {
                date = LocalDate.of(y - 1, month, day);
            } else if (tense == Tense.FUTURE && date.isBefore(ref) && YearMonth.of(y + 1, month).isValidDay(day)) {
                date = LocalDate.of(y + 1, month, day);
            }
            return date.toString();
        }
        if (m.group("my") != null) {
            return String.format(Locale.ROOT, "%s-%02d", m.group("myYear"), month(m.group("myMonth")));
        }
        if (m.group("rel") != null) {
            return relative(m.group("relMod").toLowerCase(Locale.ROOT), m.group("relUnit").toLowerCase(Locale.ROOT), ref);
        }
        if (m.group("unit") != null) {
            return unit(m.group("unitMod").toLowerCase(Locale.ROOT), m.group("unitName").toLowerCase(Locale.ROOT), ref);
        }
        if (m.group("wd") != null) {
            return weekday(m.group("wdMod"), m.group("wdName"), ref, tense).toString();
        }
        if (m.group("day") != null) {
            return switch (m.group("day").toLowerCase(Locale.ROOT)) {
                case "yesterday" -> ref.minusDays(1).toString();
                case "tomorrow" -> ref.plusDays(1).toString();
                default -> ref.toString();
            };
        }
        if (m.group("mon") != null) {
            return month(m.group("monMod"), month(m.group("monName")), ref, tense);
        }
        if (m.group("year") != null) {
            return m.group("year");
        }
        return null;
    }

    private static String relative(String mod, String unit, LocalDate ref) {
        boolean earlier = mod.equals("earlier") || mod.equals("early");
        LocalDate start = switch (unit) {
            case "week" -> ref.with(DayOfWeek.MONDAY);
            case "month" -> ref.withDayOfMonth(1);
            default -> ref.withDayOfYear(1);
        };
        LocalDate end = switch (unit) {
            case "week" -> ref.with(DayOfWeek.SUNDAY);
            case "month" -> ref.with(TemporalAdjusters.lastDayOfMonth());
            default -> ref.with(TemporalAdjusters.lastDayOfYear());
        };
        if (earlier) {
            return ref.equals(start) ? interval(start, start) : interval(start, ref.minusDays(1));
        }
        return ref.equals(end) ? interval(end, end) : interval(ref.plusDays(1), end);
    }

    private static String unit(String mod, String unit, LocalDate ref) {
        int shift = switch (mod) {
            case "last", "past" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return switch (unit) {
            case "week" -> {
                LocalDate monday = ref.with(DayOfWeek.MONDAY).plusWeeks(shift);
                yield interval(monday, monday.plusDays(6));
            }
            case "month" -> YearMonth.from(ref).plusMonths(shift).toString();
            default -> String.valueOf(ref.getYear() + shift);
        };
    }

    private static LocalDate weekday(String mod, String name, LocalDate ref, Tense tense) {
        DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        String m = mod == null ? "" : mod.toLowerCase(Locale.ROOT);
        if (m.equals("last")) {
            return ref.with(TemporalAdjusters.previous(day));
        }
        if (m.equals("next")) {
            return ref.with(TemporalAdjusters.next(day));
        }
        LocalDate before = ref.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = ref.with(TemporalAdjusters.nextOrSame(day));
        if (m.equals("later") || tense == Tense.FUTURE) {
            return after;
        }
        if (m.equals("earlier") || tense == Tense.PAST) {
            return before;
        }
        return after.toEpochDay() - ref.toEpochDay() <= ref.toEpochDay() - before.toEpochDay() ? after : before;
    }

    private static String month(String mod, int month, LocalDate ref, Tense tense) {
        String m = mod == null ? "" : mod.toLowerCase(Locale.ROOT).replace("-", "");
        int year = ref.getYear();
        boolean past = m.equals("last") || !m.equals("next") && tense == Tense.PAST;
        boolean future = m.equals("next") || !m.equals("last") && tense == Tense.FUTURE;
        if (past && month > ref.getMonthValue()) {
            year--;
        } else if (future && month < ref.getMonthValue()) {
            year++;
        }
        return String.format(Locale.ROOT, "%d-%02d", year, month);
    }

    /** "May" and "March" are also a verb and a verb or noun: take them only after a date-like word. */
    private static boolean plausibleMonth(String sentence, Matcher m) {
        String name = m.group("monName");
        if (!Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.equals("may") && !lower.equals("march")) {
            return true;
        }
        String before = sentence.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
        return m.group("monMod") != null || before.matches(".*\\b(?:in|since|by|until|of|during|early|late|from)\\s*$");
    }

    /** The tense cue nearest before {@code at}, within the clause (no further back than ';' or a sentence start). */
    private static Tense tense(String sentence, int at) {
        int from = Math.max(0, Math.max(sentence.lastIndexOf(';', at), 0));
        String window = sentence.substring(from, at);
        int future = lastMatch(FUTURE, window);
        int past = lastMatch(PAST, window);
        if (future < 0 && past < 0) {
            return Tense.NONE;
        }
        return future > past ? Tense.FUTURE : Tense.PAST;
    }

    private static int lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    private static String interval(LocalDate start, LocalDate end) {
        return start.equals(end) ? start.toString() : start + "/" + end;
    }

    private static String valid(String iso) {
        try {
            return LocalDate.parse(iso).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
