package io.factline.temporal;

import java.util.regex.Pattern;

/**
 * Whether a possessive weekday ("Thursday's round") names an event still to come. A possessive weekday usually names
 * something already reported ("Monday's ruling", "would challenge Monday's ruling"), so it looks back whatever the
 * tense around it. It looks ahead when the clause says so plainly: a "will" or "shall" before it ("the minister will
 * attend Thursday's round"), a frame of waiting before it ("ahead of Friday's vote", "preparing for", "bracing for", "in the run-up
 * to"), or a schedule after it ("Thursday's round is expected to ...", "Friday's vote will decide ..."). "Would" is
 * left out on purpose: in reported speech it looks ahead from the time of the report, and the event it names is
 * mostly past ("said they would appeal Monday's ruling"). Never in a past-tense clause ("ahead of Tuesday's vote,
 * the parties campaigned hard" is about a vote that has taken place).
 */
final class AwaitedEvent {

    /** Words before the weekday, within its clause, that put the event ahead. */
    private static final Pattern AHEAD_BEFORE = Pattern.compile("(?:\\b(?:will|shall)|'ll|\\bahead\\s+of|\\bin\\s+the\\s+"
            + "run-up\\s+to|\\bprepar(?:e|es|ing)\\s+for|\\bbrac(?:e|es|ing)\\s+(?:themselves\\s+|itself\\s+)?for"
            + "|\\bgear(?:s|ing)?\\s+up\\s+for|\\blead-up\\s+to|\\bcountdown\\s+to|\\bawait(?:s|ing)?"
            + "|\\blooking\\s+ahead\\s+to)\\b[^.,;:!?\"“”]{0,40}$",
            Pattern.CASE_INSENSITIVE);

    /** A schedule after the possessive: "'s round is expected to", "'s vote will". */
    private static final Pattern AHEAD_AFTER = Pattern.compile("^['’]s\\s+(?:[a-z-]+\\s+){1,3}?(?:will|(?:is|are)\\s+"
            + "(?:expected|scheduled|set|due|planned))\\b", Pattern.CASE_INSENSITIVE);

    private AwaitedEvent() {
    }

    static boolean ahead(ResolutionContext context) {
        if (!AHEAD_BEFORE.matcher(context.before(60)).find() && !AHEAD_AFTER.matcher(context.after(48)).find()) {
            return false;
        }
        return context.tense() != Tense.PAST;
    }
}
