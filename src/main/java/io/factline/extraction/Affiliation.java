package io.factline.extraction;

import io.factline.entity.EntityKind;

/**
 * What an article says a participant belongs to or acts for: a person's organisation or country
 * ("X, the museum's director", "Y's trade minister, X", "X, the foreign minister of Y"), a body's place
 * ("Y legislature" of Y). Stored with the entities, so that a later report naming only the organisation
 * or the country meets a report naming only the person ({@link EventMatcher}).
 */
public record Affiliation(String member, EntityKind memberKind, String affiliate, EntityKind affiliateKind) {

    public Affiliation {
        if (member.equals(affiliate)) {
            throw new IllegalArgumentException("an entity is not its own affiliate: " + member);
        }
    }
}
