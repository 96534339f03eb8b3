package io.factline.export;

import io.factline.claim.ClaimView;
import io.factline.claim.Rank;
import io.factline.claim.Stance;
import io.factline.conflict.ConflictStatus;
import io.factline.conflict.ConflictType;
import io.factline.conflict.ConflictView;
import io.factline.date.DateView;
import io.factline.date.EdtfDate;
import io.factline.event.EventView;
import java.util.List;

/** Views built by hand for the writer tests. */
final class Fixtures {

    private Fixtures() {
    }

    static EventView event(long id, String title, String date, List<ClaimView> claims, List<ConflictView> conflicts) {
        return new EventView(id, title, "A summary", "meeting", "Geneva", List.of("Ana Ruiz"), List.of("talks"),
                date == null ? null : DateView.from(EdtfDate.parse(date)), !conflicts.isEmpty(), claims, conflicts);
    }

    static EventView event(long id, String title, String date) {
        return event(id, title, date, List.of(), List.of());
    }

    static ClaimView claim(long id, long eventId, String outlet, String quote, String date, Stance stance) {
        return new ClaimView(id, eventId, null, "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id,
                outlet, "A spokeswoman", quote, null, null, stance, date == null ? null : DateView.from(EdtfDate.parse(date)),
                Rank.NORMAL, false, false);
    }

    static ConflictView openDateConflict(long id, long eventId, long... claimIds) {
        return new ConflictView(id, ConflictType.DATE, ConflictStatus.OPEN, List.of(eventId),
                java.util.Arrays.stream(claimIds).boxed().toList(), "Outlet A and Outlet B give different days", null);
    }

    static Export export(EventView... events) {
        return new Export("test", "Test timeline", "Made for a test", List.of(events));
    }
}
