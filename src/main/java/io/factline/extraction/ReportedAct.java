package io.factline.extraction;

import io.factline.extraction.EventMatcher.Features;

/**
 * One outlet tells an act directly ("the panel suspended the sprinter on Monday"), another tells it as what
 * someone said on that day ("the panel said on Monday that the sprinter had been suspended"): the second is
 * stored as a statement whose action is the verb of what was said. Both tell one act (session 16, s16-merge).
 *
 * <p>They are one happening when one side is a statement and the other an act of a kind of its own, both
 * assert, they come from different articles, share a participant ({@link SharedParties}), give the same day
 * ({@link SameDay}) and tell the same act: the same action ({@link EventKinds#sameAction}), or the statement's
 * object is the noun of the act's kind and the act's object too ("said it had opened an inquiry" / "opened an
 * inquiry"). The same day keeps the statement's date from disagreeing with the act's: a statement dated when
 * it was said, days after the act, is left a statement, so that no DATE conflict is made of it.
 */
final class ReportedAct {

    private ReportedAct() {
    }

    /**
     * @param sameArticle whether the stored event already has a claim from the candidate's article
     */
    static boolean matches(Features candidate, Features event, boolean sameArticle) {
        if (sameArticle || candidate.denying() || event.denying() || candidate.date() == null || event.date() == null) {
            return false;
        }
        Features statement = EventKinds.STATEMENT.equals(candidate.kind()) ? candidate
                : EventKinds.STATEMENT.equals(event.kind()) ? event : null;
        Features act = statement == candidate ? event : candidate;
        if (statement == null || !EventKinds.known(act.kind()) || act.action() == null || statement.action() == null) {
            return false;
        }
        return tellsAct(statement, act) && SharedParties.count(candidate, event) > 0
                && SameDay.of(candidate.date(), event.date());
    }

    /** Whether what the statement says was done is the act: its verb, or its object naming the act's kind. */
    static boolean tellsAct(Features statement, Features act) {
        if (EventKinds.sameAction(statement.action(), act.action())) {
            return true;
        }
        String object = statement.theme();
        return object != null && object.equals(act.theme()) && (object.equals(act.kind()) || object.equals(act.action()));
    }
}
