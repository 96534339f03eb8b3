package io.factline.extraction;

import io.factline.extraction.EventMatcher.Features;

/**
 * One outlet names the doer's description and whom it acted on ("the central bank lent Corran six billion
 * crowns on Wednesday"), another the same description and no one it recognises as a name ("the central bank
 * had lent the lender six billion crowns on Wednesday"): the doer is one, told by the same noun ("bank"), so
 * the two tell one act even of a kind that many have on any day (a loan, a meeting: {@link EventKinds#telling})
 * — the doer's noun, the verb and its object together tell which it is (session 16, s16-merge).
 *
 * <p>One side names nobody; both have the same subject noun ({@link Features#subject()}: the doer told by what
 * it is), the same action, objects of the same kind, the same day ({@link SameDay}), places that do not
 * differ, and they come from different articles. Statements are left out (saying the same thing twice is two
 * statements). Like every match on what was done alone, it holds only while one stored event matches so
 * ({@link EventMatcher#best}).
 */
final class DescribedDoer {

    private DescribedDoer() {
    }

    /**
     * @param sameArticle  whether the stored event already has a claim from the candidate's article
     * @param placesDiffer whether both name a place and the places differ
     */
    static boolean matches(Features candidate, Features event, boolean sameArticle, boolean placesDiffer) {
        boolean unnamed = candidate.participantIds().isEmpty() || event.participantIds().isEmpty();
        if (!unnamed || sameArticle || placesDiffer || candidate.date() == null || event.date() == null
                || candidate.subject() == null || !candidate.subject().equals(event.subject())) {
            return false;
        }
        if (EventKinds.STATEMENT.equals(candidate.kind()) || EventKinds.STATEMENT.equals(event.kind())) {
            return false;
        }
        return candidate.action() != null && EventKinds.sameAction(candidate.action(), event.action())
                && EventKinds.sameTheme(candidate.theme(), event.theme()) && SameDay.of(candidate.date(), event.date());
    }
}
