package io.factline.export;

import io.factline.claim.ClaimView;
import io.factline.claim.Stance;
import io.factline.conflict.ConflictStatus;
import io.factline.conflict.ConflictView;
import io.factline.event.EventView;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** How exports credit a source in plain text, and which claims are in an open conflict. */
final class Sources {

    private Sources() {
    }

    /** "Wire E, citing Dmitry Peskov, denies: “It will not happen.” (23 January 2026)" — without the URL. */
    static String credit(ClaimView claim) {
        StringBuilder s = new StringBuilder(claim.outlet() == null ? "Unknown outlet" : claim.outlet());
        if (claim.attributedTo() != null) {
            s.append(", citing ").append(claim.attributedTo());
        }
        s.append(claim.stance() == Stance.DENIES ? ", denies" : "");
        if (claim.quote() != null && !claim.quote().isBlank()) {
            s.append(": “").append(claim.quote().strip()).append('”');
        }
        if (claim.date() != null) {
            s.append(" (").append(claim.date().display()).append(')');
        }
        return s.toString();
    }

    /** The explanations of the event's OPEN conflicts. */
    static List<String> openConflicts(EventView event) {
        return event.conflicts().stream().filter(c -> c.status() == ConflictStatus.OPEN)
                .map(ConflictView::explanation).toList();
    }

    /** Ids of the event's claims that take part in an OPEN conflict. */
    static Set<Long> conflictedClaimIds(EventView event) {
        Set<Long> ids = new TreeSet<>();
        event.conflicts().stream().filter(c -> c.status() == ConflictStatus.OPEN)
                .forEach(c -> ids.addAll(c.claimIds()));
        return ids;
    }
}
