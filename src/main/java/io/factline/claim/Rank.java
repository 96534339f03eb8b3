package io.factline.claim;

/**
 * How much a claim counts when an event's date is derived, as Wikidata ranks statements.
 * Editors set PREFERRED when they resolve a conflict; the claims that disagree become DEPRECATED.
 */
public enum Rank {
    PREFERRED,
    NORMAL,
    DEPRECATED
}
