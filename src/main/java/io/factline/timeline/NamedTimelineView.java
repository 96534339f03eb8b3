package io.factline.timeline;

/** A named timeline as listed: what it is and the query it saves. */
public record NamedTimelineView(String slug, String title, String description, TimelineQuery query) {

    static NamedTimelineView of(NamedTimeline t) {
        return new NamedTimelineView(t.slug, t.title, t.description, t.query());
    }

}
