package io.factline.extraction;

import io.factline.date.EdtfDate;
import io.factline.extraction.EventMatcher.Features;

/**
 * An act told with the same verb, the same object and the same place by two outlets a day apart, one of
 * them naming nobody, is one act told with two dates: "the Central Electoral Commission on Thursday ordered
 * a recount in Kelso" and, from another outlet, "the electoral commission ordered the Kelso recount on
 * March 10". {@link UnnamedDateDisagreement} covers such reports only for kinds of their own (a strike, a
 * vote); a verb as general as "ordered" has none, so the pair stayed two events and the DATE conflict was
 * lost. Here the object and the place stand in for the kind, so all of these must hold:
 * <ul>
 *   <li>one side names nobody, and the reports come from different articles;</li>
 *   <li>the same action ({@link EventKinds#sameAction}) and the same kind, one that is not everyday
 *       ({@link EventKinds#telling}: not a trip, meeting, statement, handing-over or fighting);</li>
 *   <li>both name an object, of the same kind ({@link EventKinds#sameTheme});</li>
 *   <li>both name a place, the same one;</li>
 *   <li>both are dated a day or two, at most {@value #NEAR_DAYS} day apart;</li>
 *   <li>and the stored event is the only one that matches so ({@link EventMatcher#best}).</li>
 * </ul>
 */
final class PlacedActDisagreement {

    /** How many days apart two outlets may date the act (one a day off). */
    static final int NEAR_DAYS = 1;
    /** The longest date a report may give to count here. */
    private static final int MAX_DAYS = 2;

    private PlacedActDisagreement() {
    }

    /**
     * Whether the candidate and the stored event are one act told with two dates.
     *
     * @param sameArticle whether the stored event already has a claim from the candidate's article
     * @param samePlace   whether both name a place and it is the same
     */
    static boolean matches(Features candidate, Features event, boolean sameArticle, boolean samePlace) {
        if (sameArticle || !samePlace || !candidate.participantIds().isEmpty() && !event.participantIds().isEmpty()) {
            return false;
        }
        if (!brief(candidate.date()) || !brief(event.date()) || candidate.date().overlaps(event.date())
                || EventMatcher.gapDays(candidate.date(), event.date()) > NEAR_DAYS) {
            return false;
        }
        String kind = candidate.kind();
        return kind != null && kind.equals(event.kind()) && EventKinds.telling(kind)
                && EventKinds.sameAction(candidate.action(), event.action())
                && candidate.theme() != null && EventKinds.sameTheme(candidate.theme(), event.theme());
    }

    private static boolean brief(EdtfDate date) {
        return date != null && !date.open() && date.days() <= MAX_DAYS;
    }
}
