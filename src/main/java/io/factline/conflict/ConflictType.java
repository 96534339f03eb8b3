package io.factline.conflict;

/** How claims on an event disagree. */
public enum ConflictType {
    /** The claims' date intervals do not overlap. */
    DATE,
    /** One claim asserts what another denies. */
    CONTRADICTION
}
