package io.factline.temporal;

import java.util.List;

/** A family of related rules (explicit dates, weekdays, durations...). */
interface RuleFamily {

    List<Rule> rules();
}
