package io.factline.extraction;

import io.factline.claim.Stance;
import io.factline.event.EventRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored events that an article's denials and asserted events are linked against, read with
 * one query per action and stance (an action stands for itself and the actions it may deny or be
 * denied by, {@link EventKinds#sameOrConverseActions}: "sent" / "has not received") for the span of all the article's windows of that action and
 * stance, rather than one query per denial: ids and date spans, newest first; no event is loaded.
 * Only the stance asked for is read: an article without denials reads only the (few) stored
 * denials of its actions, never the many assertions. {@link #newest} then answers one lookup as
 * {@link EventRepository#withAction} would for ids.
 */
final class ActionEvents {

    /** The windows to read, by action; see {@link #want}. */
    static final class Windows {
        private final Map<Key, LocalDate[]> spans = new LinkedHashMap<>();

        /** Asks for the events of this action with a counting claim of the stance whose dates meet {@code from .. to}. */
        Windows want(String action, Stance stance, LocalDate from, LocalDate to) {
            for (String paired : EventKinds.sameOrConverseActions(action)) {
                spans.merge(new Key(paired, stance), new LocalDate[] {from, to}, (a, b) -> new LocalDate[] {
                        a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
            }
            return this;
        }
    }

    private record Key(String action, Stance stance) {
    }

    private final Map<Key, List<EventRepository.ActionRow>> rows;

    private ActionEvents(Map<Key, List<EventRepository.ActionRow>> rows) {
        this.rows = rows;
    }

    static ActionEvents read(EventRepository events, Windows windows) {
        Map<Key, List<EventRepository.ActionRow>> rows = new HashMap<>();
        windows.spans.forEach((key, span) ->
                rows.put(key, events.actionRows(key.action(), key.stance(), span[0], span[1])));
        return new ActionEvents(rows);
    }

    /**
     * The ids of at most {@code limit} events of the action or its pairs, newest first, whose dates meet the
     * window and that have a counting claim of the stance. The window must lie within one asked for.
     */
    List<Long> newest(String action, Stance stance, LocalDate from, LocalDate to, int limit) {
        List<Long> ids = new ArrayList<>();
        List<EventRepository.ActionRow> paired = EventKinds.sameOrConverseActions(action).stream()
                .flatMap(a -> rows.getOrDefault(new Key(a, stance), List.of()).stream())
                .sorted(Comparator.comparingLong(EventRepository.ActionRow::id).reversed())
                .toList();
        for (EventRepository.ActionRow row : paired) {
            if (ids.size() == limit) {
                break;
            }
            if (!row.sortStart().isAfter(to) && !row.sortEnd().isBefore(from)) {
                ids.add(row.id());
            }
        }
        return ids;
    }
}
