package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A name guessed an organisation where it modified a noun ("Westhaven dock workers", often in a
 * headline) but written as a place later in the article ("the port of Westhaven") is a place:
 * it leaves the participants and becomes the location if there is none.
 */
final class PlacesOut {

    private PlacesOut() {
    }

    /** The candidate with such names moved out of its participants; the same candidate when there is none. */
    static EventCandidate of(EventCandidate c, ArticleContext context) {
        List<EventCandidate.Participant> kept = new ArrayList<>();
        String location = c.location();
        for (EventCandidate.Participant p : c.participants()) {
            if (p.kind() != EntityKind.PERSON && context.kindOf(p.name()) == EntityKind.PLACE
                    && context.isWrittenAsPlace(p.name())) {
                location = location == null ? p.name() : location;
            } else {
                kept.add(p);
            }
        }
        if (kept.size() == c.participants().size()) {
            return c;
        }
        return new EventCandidate(c.title(), c.kind(), c.action(), c.theme(), kept, location, c.date(),
                c.attributedTo(), c.stance(), c.quote(), c.quoteBegin(), c.quoteEnd(), c.subject());
    }
}
