package io.factline.conflict;

import java.util.Set;

/** A disagreement the rules found among an event's claims. */
public record ConflictFinding(ConflictType type, Set<Long> claimIds, String explanation) {
}
