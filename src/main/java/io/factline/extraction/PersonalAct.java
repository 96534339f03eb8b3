package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.Map;

/**
 * A verdict, a sentence and a plea are about people: when such a report names a person, the
 * organisations and places it also names — the court ("a jury at Selby Crown Court"), the town of an
 * office held ("the former harbour master of Port Ellery") — are where it happened or who the person
 * is, not who it concerns. Kept as participants, they tied two defendants' verdicts of one week in one
 * court into one verdict with a false DATE conflict, as every verdict has the same object
 * ({@link Verdict}). A report that names no person keeps what it names.
 */
final class PersonalAct {

    private PersonalAct() {
    }

    /** Drops the participants other than people from a verdict's, sentence's or plea's, when it names a person. */
    static void keepPeople(Map<String, EntityKind> participants) {
        if (participants.containsValue(EntityKind.PERSON)) {
            participants.values().removeIf(kind -> kind != EntityKind.PERSON);
        }
    }
}
