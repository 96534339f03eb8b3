package io.factline.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the time expressions of a sentence that anchor something to the calendar, resolved
 * against the article's reference date (its publication day). Durations ("for two hours"),
 * sets ("every week") and generic time ("in recent weeks", "now") are not returned: they do not
 * date an event.
 */
public interface DateFinder {

    List<FoundDate> find(String sentence, LocalDate reference);
}
