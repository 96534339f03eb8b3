package io.factline.export;

import io.factline.entity.EntityKind;
import io.factline.event.EventView;
import java.util.List;
import java.util.Map;

/**
 * What an export holds: a timeline's title and description and all its events, in timeline order.
 *
 * @param name  the file name stem: the timeline's slug, or "timeline" for an ad hoc query
 * @param kinds what each participant named in the events is, by name; absent names count as OTHER
 */
public record Export(String name, String title, String description, List<EventView> events,
        Map<String, EntityKind> kinds) {

    public Export(String name, String title, String description, List<EventView> events) {
        this(name, title, description, events, Map.of());
    }
}
