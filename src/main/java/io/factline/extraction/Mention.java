package io.factline.extraction;

import io.factline.entity.EntityKind;

/**
 * A name in a sentence: tokens {@code first..last} (inclusive), the canonical name it stands
 * for in this article ("Putin" → "Vladimir Putin"), its kind, and the title or role written
 * before it ("President", "envoy"), if any.
 */
public record Mention(String name, EntityKind kind, int first, int last, String role) {

    /** The short form titles use: a person's surname, otherwise the whole name. */
    public String shortName() {
        if (kind != EntityKind.PERSON) {
            return name;
        }
        String[] parts = name.split(" ");
        return parts[parts.length - 1];
    }

    public boolean covers(int token) {
        return token >= first && token <= last;
    }
}
