package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.entity.EntityKind;
import io.factline.entity.NamedEntity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A surname an earlier article stored in full is that person in a later article. */
class StoredPeopleTest {

    /** A Tuesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 16);

    private static NamedEntity entity(String name, EntityKind kind) {
        NamedEntity e = new NamedEntity();
        e.name = name;
        e.kind = kind;
        return e;
    }

    @Test
    void shouldCollectTheCapitalisedWordsOfTheText() {
        assertEquals(List.of("okafor", "sokova", "tarvik"),
                List.copyOf(StoredPeople.words("Okafor spent an hour with Sokova's aides in Tarvik on it.")));
    }

    @Test
    void shouldKeepOnlyPeopleStoredByTheirSurname() {
        Map<String, String> people = StoredPeople.surnames(Map.of(
                "okafor", entity("Amara Okafor", EntityKind.PERSON),
                "tarvik", entity("Tarvik", EntityKind.PLACE),
                "kestrel", entity("Kestrel Mining", EntityKind.ORGANIZATION)));

        assertEquals(Map.of("okafor", "Amara Okafor"), people);
    }

    @Test
    void shouldTakeAStoredSurnameUsedAloneForThatPerson() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "Okafor spent three hours with Ilse Sokova in Tarvik on Monday.", REFERENCE,
                Map.of("okafor", "Amara Okafor"));

        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).participants().contains(new EventCandidate.Participant("Amara Okafor", EntityKind.PERSON)),
                found::toString);
    }

    @Test
    void shouldKeepTheSpeakerBetweenCommasWhenTheStoredPersonOwnsTheRole() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "Okafor's spokeswoman, Lena Dahlberg, said on Monday that the two ministers had not met.", REFERENCE,
                Map.of("okafor", "Amara Okafor"));

        assertEquals("Lena Dahlberg", found.get(0).attributedTo(), found::toString);
    }

    @Test
    void shouldGuessAsBeforeWithoutStoredPeople() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "Okafor spent three hours with Ilse Sokova in Tarvik on Monday.", REFERENCE);

        assertTrue(found.get(0).participantNames().stream().noneMatch(n -> n.contains("Amara")), found::toString);
    }
}
