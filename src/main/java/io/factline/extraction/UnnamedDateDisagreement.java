package io.factline.extraction;

import io.factline.extraction.EventMatcher.Features;

/**
 * A report that names nobody ("Train drivers will walk out on Friday, the union said"; "Lawmakers
 * will vote on the pension bill on Thursday") told a few days away from a stored event of the same
 * specific kind: the same happening with another date — a DATE conflict — when something besides
 * the kind ties them together: the same object ("the pension bill" / "the pension reform bill"), or
 * the source that speaks for the unnamed doers being one of the stored event's participants (the
 * union announcing its members' strike). The speaker is not made a doer: it only corroborates. Or
 * both are told of culprits named only by what they did ("the gang struck in the early hours of
 * Sunday" / "thieves broke into the museum early on Monday", {@link Theft#culprits}): such nouns
 * stand for whoever did the one crime the reports are about.
 *
 * <p>Only for kinds that tell one happening ({@link EventKinds#known} and {@link EventKinds#telling}:
 * a strike, a vote, a ruling — not a meeting or a statement), from another article than the stored
 * event's, at most {@value EventMatcher#NEAR_DAYS} days apart, with places that do not differ; and,
 * like every match on action alone, only while one stored event matches so ({@link EventMatcher#best}).
 */
final class UnnamedDateDisagreement {

    private UnnamedDateDisagreement() {
    }

    /**
     * Whether the candidate and the stored event, one of them naming nobody, are one happening told with
     * two dates. Either may be the one naming nobody (session 12, lead): the order in which outlets are
     * read does not decide, so "its security team discovered the intrusion on Friday" stored first meets
     * "the retailer discovered the intrusion on Thursday" read later, as the other order always did.
     *
     * @param sameArticle whether the stored event already has a claim from the candidate's article
     * @param placesDiffer whether both name a place and the places differ
     */
    static boolean matches(Features candidate, Features event, boolean sameArticle, boolean placesDiffer) {
        if (!candidate.participantIds().isEmpty() && !event.participantIds().isEmpty() || sameArticle || placesDiffer
                || candidate.date() == null || event.date() == null || candidate.date().overlaps(event.date())) {
            return false;
        }
        String kind = candidate.kind();
        // s10-scenc: a state gone into ("went into administration", StatePassage) is one happening of its own.
        boolean state = StatePassage.reached(candidate.action(), candidate.theme()) && kind != null
                && candidate.action().equals(event.action());
        if (kind == null || !kind.equals(event.kind()) || !state && (!EventKinds.known(kind) || !EventKinds.telling(kind))) {
            return false;
        }
        boolean sameObject = candidate.theme() != null && EventKinds.sameTheme(candidate.theme(), event.theme());
        boolean speaksForThem = candidate.participantIds().isEmpty()
                && candidate.sourceIds().stream().anyMatch(event.participantIds()::contains);
        boolean sameCulprits = Theft.culprits(candidate.subject()) && Theft.culprits(event.subject());
        return (sameObject || speaksForThem || sameCulprits) && EventMatcher.gapDays(candidate.date(), event.date()) <= EventMatcher.NEAR_DAYS;
    }
}
