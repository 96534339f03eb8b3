package io.factline.temporal;

import java.util.List;

/** A family of related rules (explicit dates, weekdays, durations...). */
interface RuleFamily {

    List<Rule> rules();

    /** The words (and whether digits) that every match of these rules contains. */
    Triggers triggers();
}
