package io.factline.extraction;

import io.factline.date.EdtfDate;
import io.factline.date.InvalidDateException;
import io.factline.temporal.TemporalTagger;
import io.factline.temporal.Timex;
import io.factline.temporal.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The time expressions of a sentence that anchor something to the calendar, found and resolved by
 * the temporal engine ({@link TemporalTagger}) against the article's reference date (its
 * publication day). Left out, because they date no event of their own:
 * <ul>
 *   <li>durations, sets and vague references ("for two hours", "every week", "in recent weeks"),
 *       which carry no calendar value;</li>
 *   <li>a part of the day on its own ("late at night", "in the morning"): it names no day, only
 *       refines the one the sentence named before ("leave Thursday night and arrive late at
 *       night"), so it is not a second happening;</li>
 *   <li>a date printed on goods ("best-before dates up to June 30": {@link LabelDate}).</li>
 * </ul>
 * A weekday followed by its week ("on Wednesday last week") is one day ({@link WeekdayOfWeek}).
 * The caller says which tense governs each expression ({@link TemporalTagger.TenseHint}): the
 * extraction knows which verb a date belongs to, so "confirmed that Putin will meet them on
 * Thursday" looks forward from "will meet", not back from "confirmed".
 */
public final class DateFinder {

    private static final Set<String> PART_OF_DAY_WORDS = Set.of("late", "early", "at", "in", "the", "during",
            "night", "morning", "afternoon", "evening", "noon", "midday", "midnight", "dawn", "dusk", "daybreak",
            "overnight", "nightfall");

    private final TemporalTagger tagger;

    public DateFinder(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    /** The calendar expressions of {@code sentence}, in text order; {@code hint} may be null. */
    public List<FoundDate> find(String sentence, LocalDate reference, TemporalTagger.TenseHint hint) {
        List<FoundDate> found = new ArrayList<>();
        for (Timex timex : tagger.annotate(sentence, reference, hint)) {
            if (timex.edtf() == null || partOfDayOnly(timex) || LabelDate.of(sentence, timex.begin())) {
                continue;
            }
            try {
                found.add(new FoundDate(timex.text(), timex.begin(), timex.end(), EdtfDate.parse(dayOfMidnight(timex.edtf()))));
            } catch (InvalidDateException e) {
                // a value the EDTF subset does not take (e.g. a week) dates nothing here
            }
        }
        return WeekdayOfWeek.join(sentence, found);
    }

    /**
     * "Midnight on Monday" is TimeML's {@code T24:00} of Monday, which EDTF has no clock time for: it
     * dates the day the sentence names (s10-scend; was no date, so "lost contact shortly after midnight
     * on Monday" made no event).
     */
    static String dayOfMidnight(String edtf) {
        int at = edtf.indexOf("T24:");
        return at == 10 ? edtf.substring(0, at) : edtf;
    }

    private static boolean partOfDayOnly(Timex timex) {
        if (timex.type() != TimexType.TIME) {
            return false;
        }
        for (String word : timex.text().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (!PART_OF_DAY_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
