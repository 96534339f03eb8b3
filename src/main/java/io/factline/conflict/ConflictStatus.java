package io.factline.conflict;

/** Where an editor stands on a conflict. */
public enum ConflictStatus {
    OPEN,
    RESOLVED,
    DISMISSED
}
