package io.factline.conflict;

import java.util.List;

/** A conflict in responses: which events and claims disagree, why, and what an editor decided. */
public record ConflictView(Long id, ConflictType type, ConflictStatus status, List<Long> eventIds,
        List<Long> claimIds, String explanation, String note) {

    public static ConflictView from(Conflict c) {
        return new ConflictView(c.id, c.type, c.status, List.copyOf(c.eventIds), List.copyOf(c.claimIds),
                c.explanation, c.note);
    }
}
