package io.factline.extraction;

/**
 * One body's vote on one day, told by one outlet as "lawmakers will approve it in a vote on June 3" and by
 * another as "parliament is due to vote on June 3": the same vote, though the verbs differ (approve, vote)
 * and neither or only one says what is voted on. For {@link EventMatcher}'s overlapping dates with a shared
 * participant (the body, or the country it belongs to: {@link SharedParties}); two votes of one body on one
 * day on two named things stay two.
 */
final class SameDayVote {

    private SameDayVote() {
    }

    static boolean matches(EventMatcher.Features a, EventMatcher.Features b) {
        if (!EventKinds.VOTE.equals(a.kind()) || !EventKinds.VOTE.equals(b.kind()) || a.date() == null || b.date() == null) {
            return false;
        }
        boolean oneDay = a.date().days() == 1 && b.date().days() == 1 && a.date().overlaps(b.date());
        boolean objectsAgree = a.theme() == null || b.theme() == null || EventKinds.sameTheme(a.theme(), b.theme());
        return oneDay && objectsAgree;
    }
}
