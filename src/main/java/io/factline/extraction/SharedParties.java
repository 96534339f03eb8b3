package io.factline.extraction;

import java.util.HashSet;
import java.util.Set;

/**
 * The participants two reports share ({@link EventMatcher}): the same entity, or an entity on one side
 * that a participant of the other acts for or belongs to ({@link Affiliation}: "Kestland" and its trade
 * minister, the museum and its director, "Kestland legislature" and Kestland). Two people of one
 * organisation or country share nothing by it — two ministers of one government, two directors of one
 * company are two parties —, and neither do two countries' ministers or two companies' boards.
 */
final class SharedParties {

    private SharedParties() {
    }

    /** How many participants the two share, counting an affiliate named on the other side once. */
    static long count(EventMatcher.Features a, EventMatcher.Features b) {
        Set<Long> shared = new HashSet<>();
        for (Long id : a.participantIds()) {
            if (b.participantIds().contains(id) || b.affiliateIds().contains(id)) {
                shared.add(id);
            }
        }
        for (Long id : b.participantIds()) {
            if (a.affiliateIds().contains(id)) {
                shared.add(id);
            }
        }
        return shared.size();
    }
}
