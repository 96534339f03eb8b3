package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * A collective body named by its place ({@link BodyName}: "Kestland legislature" for "Kestland's
 * lawmakers" or "Kestland's parliament", "Harbor City council") belongs to that place: a report naming the
 * country ("Kestland will vote on the treaty") and one naming its legislature tell of one body's act
 * ({@link Affiliation}).
 */
final class BodyOfPlace {

    private static final Set<String> NOUNS = Set.of(CollectiveBody.COUNCIL, CollectiveBody.LEGISLATURE,
            CollectiveBody.BOARD, "committee", "commission");

    private BodyOfPlace() {
    }

    /** The affiliation of a participant named "place + body noun" to the place the article names, or null. */
    static Affiliation of(String participant, ArticleContext context) {
        int space = participant.lastIndexOf(' ');
        if (space <= 0 || !NOUNS.contains(participant.substring(space + 1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String place = participant.substring(0, space);
        EntityKind kind = context.kindOf(place);
        return kind == null || kind == EntityKind.PERSON ? null
                : new Affiliation(participant, EntityKind.ORGANIZATION, place, kind);
    }

    /** Remembers the affiliation of each such participant. */
    static void remember(Collection<String> participants, ArticleContext context) {
        participants.stream().map(p -> of(p, context)).filter(a -> a != null).forEach(context::affiliate);
    }
}
