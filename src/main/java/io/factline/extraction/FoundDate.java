package io.factline.extraction;

import io.factline.date.EdtfDate;

/** A time expression in a sentence: its text, offsets in the sentence (end exclusive) and its date. */
public record FoundDate(String text, int begin, int end, EdtfDate date) {
}
