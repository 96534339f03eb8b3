package io.factline.extraction;

import io.factline.claim.Stance;
import io.factline.event.EventRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored events that an article's denials and asserted events are linked against, read with
 * one query per action for the span of all the article's windows of that action, rather than one
 * query per denial and per stance: ids, date spans and the stances of the events' counting
 * claims, newest first; no event is loaded. {@link #newest} then answers one lookup as
 * {@link EventRepository#withAction} would for ids.
 */
final class ActionEvents {

    /** The windows to read, by action; see {@link #want}. */
    static final class Windows {
        private final Map<String, LocalDate[]> spans = new LinkedHashMap<>();

        /** Asks for the events of this action whose dates meet {@code from .. to}. */
        Windows want(String action, LocalDate from, LocalDate to) {
            spans.merge(action, new LocalDate[] {from, to}, (a, b) -> new LocalDate[] {
                    a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
            return this;
        }
    }

    private final Map<String, List<EventRepository.ActionRow>> rows;

    private ActionEvents(Map<String, List<EventRepository.ActionRow>> rows) {
        this.rows = rows;
    }

    static ActionEvents read(EventRepository events, Windows windows) {
        Map<String, List<EventRepository.ActionRow>> rows = new HashMap<>();
        windows.spans.forEach((action, span) -> rows.put(action, events.actionRows(action, span[0], span[1])));
        return new ActionEvents(rows);
    }

    /**
     * The ids of at most {@code limit} events of the action, newest first, whose dates meet the
     * window and that have a counting claim of the stance. The window must lie within one asked for.
     */
    List<Long> newest(String action, Stance stance, LocalDate from, LocalDate to, int limit) {
        List<Long> ids = new ArrayList<>();
        for (EventRepository.ActionRow row : rows.getOrDefault(action, List.of())) {
            if (ids.size() == limit) {
                break;
            }
            if (row.stance() == stance && !row.sortStart().isAfter(to) && !row.sortEnd().isBefore(from)) {
                ids.add(row.id());
            }
        }
        return ids;
    }
}
