package io.factline.timeline;

import io.factline.event.EventView;
import java.util.List;

/** A named timeline with one page of its events, in timeline order. */
public record NamedTimelineDetail(String slug, String title, String description, TimelineQuery query,
        List<EventView> items, String next) {
}
