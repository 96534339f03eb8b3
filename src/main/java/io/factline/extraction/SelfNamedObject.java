package io.factline.extraction;

/**
 * A report whose object is the happening itself names no object to disagree on: "the dairy announced
 * the recall on Monday" (action and object both "recall", {@link AnnouncedRecall}) tells the same recall
 * as "the dairy recalled its soft cheeses on Tuesday", whatever the other report says was recalled. So,
 * for matching, such an object agrees with any other object of a report of the same action
 * (session 13, s13-scena).
 */
final class SelfNamedObject {

    private SelfNamedObject() {
    }

    /** Whether one side's object is its own action's noun and both tell the same action. */
    static boolean agrees(EventMatcher.Features a, EventMatcher.Features b) {
        return EventKinds.sameAction(a.action(), b.action()) && (selfNamed(a) || selfNamed(b));
    }

    private static boolean selfNamed(EventMatcher.Features f) {
        return f.action() != null && f.action().equals(f.theme())
                // s14-split: "opened an inquiry" (object "inquiry") says nothing of what it looks into
                || InquiryOpened.KIND.equals(f.kind()) && InquiryOpened.THEME.equals(f.theme());
    }
}
