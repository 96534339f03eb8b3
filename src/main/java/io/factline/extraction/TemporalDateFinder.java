package io.factline.extraction;

import io.factline.date.EdtfDate;
import io.factline.date.InvalidDateException;
import io.factline.temporal.TemporalTagger;
import io.factline.temporal.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link DateFinder} on the temporal engine: the TIMEX3 expressions of a sentence that carry an
 * EDTF calendar value. Durations, sets and vague references ("recent", "now") carry none and are
 * left out, as the interface asks.
 */
public final class TemporalDateFinder implements DateFinder {

    private final TemporalTagger tagger;

    public TemporalDateFinder(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public List<FoundDate> find(String sentence, LocalDate reference) {
        List<FoundDate> found = new ArrayList<>();
        for (Timex timex : tagger.annotate(sentence, reference)) {
            if (timex.edtf() == null) {
                continue;
            }
            try {
                found.add(new FoundDate(timex.text(), timex.begin(), timex.end(), EdtfDate.parse(timex.edtf())));
            } catch (InvalidDateException e) {
                // a value the EDTF subset does not take (e.g. a week) dates nothing here
            }
        }
        return found;
    }
}
