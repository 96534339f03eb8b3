package io.factline.extraction;

import io.factline.extraction.EventMatcher.Features;

/**
 * Two reports that name nobody of the same action on an object of the same kind on the same day
 * ("residents went back to their homes on Sunday" / "evacuated families may go back to their homes on
 * Sunday, officials said" — both "return", "home") are one happening, even of a kind that many have on
 * any day (a trip, a meeting, a handing-over: {@link EventKinds#telling}), where the kind alone would not
 * tell which it is: the verb and its object do (s13-merge).
 *
 * <p>Both must name nobody, come from different articles, give the same day ({@link SameDay}), not
 * disagree on the place, and not be statements (saying the same thing twice is two statements). Like
 * every match on what was done alone, it holds only while one stored event matches so
 * ({@link EventMatcher#best}).
 */
final class UnnamedSameDeed {

    private UnnamedSameDeed() {
    }

    /**
     * @param sameArticle  whether the stored event already has a claim from the candidate's article
     * @param placesDiffer whether both name a place and the places differ
     */
    static boolean matches(Features candidate, Features event, boolean sameArticle, boolean placesDiffer) {
        if (!candidate.participantIds().isEmpty() || !event.participantIds().isEmpty() || sameArticle
                || placesDiffer || candidate.date() == null || event.date() == null) {
            return false;
        }
        if (EventKinds.STATEMENT.equals(candidate.kind()) || EventKinds.STATEMENT.equals(event.kind())
                || candidate.kind() == null || !candidate.kind().equals(event.kind())) {
            return false;
        }
        return candidate.action() != null && candidate.action().equals(event.action())
                && candidate.theme() != null && EventKinds.sameTheme(candidate.theme(), event.theme())
                && SameDay.of(candidate.date(), event.date());
    }
}
