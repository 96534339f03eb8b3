package io.factline.extraction;

import io.factline.extraction.EventMatcher.Features;
import io.factline.extraction.EventMatcher.Match;
import java.util.List;

/**
 * One act of one party that another outlet dates a day off (s17-date): "pilots at the airline walked off the
 * job on Thursday" and "the pilots' strike at the airline, which began on Friday". Outlets get a weekday wrong,
 * count a late-night act into the next day or date it by when they heard of it; with the same doer and the
 * same kind of act a day apart, the reports tell one act, and the two dates are a DATE conflict to flag, not a
 * second act.
 *
 * <p>Weaker agreement than {@link EventMatcher}'s other rule for two dates (two shared participants, or one
 * plus the same place or object) is enough here, because everything else must hold:
 * <ul>
 *   <li>one tie besides the kind: a shared participant ({@link SharedParties}) — or, when one report names
 *       nobody, the same place ("dock workers at Westhaven");</li>
 *   <li>the same specific kind of act ({@link EventKinds#known}) that tells one happening of its day
 *       ({@link EventKinds#telling}): a strike, a recall, a closure, an arrest — not a meeting, a trip, a
 *       statement, something handed over or fighting, which the same parties do every day;</li>
 *   <li>both dated to a single day, the days at most {@value #DAYS} apart, neither a denial;</li>
 *   <li>nothing disagrees: not the place, not the object (both named and of other kinds: "closed the plant" /
 *       "closed its offices" are two acts), not the people (each naming a person the other does not);</li>
 *   <li>the reports come from two articles (one article does not misdate its own act);</li>
 *   <li>and it is the only stored act that could be meant ({@link #series}): when the store already holds
 *       two acts of that kind by the party on other days, the party repeats it (a strike day after day, a
 *       recall widened), and a report with a third day is not a disagreement about either.</li>
 * </ul>
 * A statement about the act made on a later day is a statement, not the act, so it never meets it this way.
 * Neither may be told as a repeat ("walked out again", "another walkout", an article telling the act on two
 * days): that is read from the sentences by {@link RepeatedAct} once a match across two dates is the best, for
 * this rule and the others alike.
 */
final class DayOffReport {

    /** How many days apart two reports of one act may date it. */
    static final int DAYS = 1;

    private DayOffReport() {
    }

    /**
     * Whether the candidate and the stored event are one act told with two dates a day apart.
     *
     * @param sameArticle  whether the stored event already has a claim from the candidate's article
     * @param shared       the participants they share ({@link SharedParties#count})
     * @param samePlace    whether both name the same place
     * @param placesDiffer whether both name a place and the places differ
     * @param sameObject   whether their objects are of one kind (or one is the act's own noun)
     * @param otherPeople  whether each names a person the other does not
     */
    static boolean matches(Features candidate, Features event, boolean sameArticle, long shared, boolean samePlace,
            boolean placesDiffer, boolean sameObject, boolean otherPeople) {
        if (sameArticle || candidate.denying() || event.denying() || placesDiffer || otherPeople || !sameKindOfItsDay(candidate, event) || !dayApart(candidate, event)) {
            return false;
        }
        boolean unnamed = candidate.participantIds().isEmpty() || event.participantIds().isEmpty();
        boolean tied = shared > 0 || unnamed && samePlace;
        boolean objectsDiffer = candidate.theme() != null && event.theme() != null && !sameObject;
        return tied && !objectsDiffer;
    }

    /**
     * Whether the stored events hold, besides the one matched, an act of the same kind tied to the candidate
     * in the same way on a day that is not the matched one's: the party does that act again and again, so
     * which act a report with another day means cannot be told.
     */
    static boolean series(Features candidate, Match match, List<Features> events) {
        Features matched = match.event();
        return events.stream()
                .filter(e -> e.id() != matched.id() && candidate.kind().equals(e.kind()) && e.date() != null)
                .filter(e -> !e.date().overlaps(matched.date()))
                .anyMatch(e -> SharedParties.count(candidate, e) > 0 || samePlace(candidate, e));
    }

    private static boolean sameKindOfItsDay(Features a, Features b) {
        return a.kind() != null && a.kind().equals(b.kind()) && EventKinds.known(a.kind()) && EventKinds.telling(a.kind());
    }

    private static boolean dayApart(Features a, Features b) {
        return a.date() != null && b.date() != null && a.date().days() == 1 && b.date().days() == 1
                && !a.date().overlaps(b.date()) && EventMatcher.gapDays(a.date(), b.date()) <= DAYS;
    }

    private static boolean samePlace(Features a, Features b) {
        return a.location() != null && a.location().equalsIgnoreCase(b.location());
    }
}
