package io.factline.event;

import io.factline.date.EdtfDate;

/**
 * The filters of a timeline: events involving an entity (any of its aliases), carrying a tag,
 * mentioning a text, whose dates overlap [from, to], or that are (not) conflicted. Null means
 * "any". An event without a date never matches a date bound.
 */
public record EventFilter(String entity, String tag, String q, EdtfDate from, EdtfDate to, Boolean conflicted) {

    public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null);
}
