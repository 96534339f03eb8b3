package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import io.factline.entity.EntityKind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One act told in other words by two outlets is one event for {@link EventMatcher} (session 15, s15-words):
 * the words of one act of {@link ActWords}' table share a kind and count as the same action, a word that
 * tells the act only with some objects does so only with them, and two different acts of one party in one
 * week stay apart.
 */
class OtherWordsTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2030, 5, 8);
    private static final Map<String, Long> IDS = new HashMap<>();

    private static EventCandidate only(String text) {
        return ExtractedCandidates.only(text, REFERENCE);
    }

    /** What the matcher compares of a candidate, its names as entity ids, as if stored from {@code article}. */
    private static EventMatcher.Features features(EventCandidate c, long id, long article) {
        Set<Long> participants = c.participants().stream().map(p -> id(p.name())).collect(Collectors.toSet());
        Set<Long> people = c.participants().stream().filter(p -> p.kind() == EntityKind.PERSON).map(p -> id(p.name()))
                .collect(Collectors.toSet());
        return new EventMatcher.Features(id, participants, c.kind(), c.action(), c.theme(), c.location(), c.date(),
                Set.of(article), Set.of(), c.subject(), people);
    }

    private static long id(String name) {
        return IDS.computeIfAbsent(name, n -> (long) IDS.size() + 1);
    }

    private static Optional<EventMatcher.Match> match(EventCandidate later, EventCandidate stored) {
        return EventMatcher.score(features(later, 0, 2), features(stored, 1, 1));
    }

    @Test
    void shouldTellAResignationInOtherWordsAsOneActWithTwoDates() {
        EventCandidate resigned = only("Transport Minister Olek Brandt resigned on Tuesday, his office said.");
        EventCandidate stoodDown = only("Olek Brandt stood down as transport minister on Monday.");
        EventCandidate leftOffice = only("Olek Brandt left office on Tuesday after the rail contract row.");

        assertEquals(EventKinds.RESIGNATION, stoodDown.kind());
        assertEquals(EventKinds.RESIGNATION, leftOffice.kind());
        assertTrue(EventKinds.sameAction(resigned.action(), leftOffice.action()));
        assertTrue(match(leftOffice, resigned).get().sameDate());
        EventMatcher.Match otherDay = match(stoodDown, resigned).orElseThrow();
        assertFalse(otherDay.sameDate(), "a day apart from another article: one resignation told with two dates");
    }

    @Test
    void shouldTellADealSealedOrInkedAsTheSigning() {
        EventCandidate signed = only("Orrin Freight and Baltic Docks signed a terminal agreement in Tarvik on Monday.");
        EventCandidate sealed = only("Orrin Freight and Baltic Docks sealed a terminal deal in Tarvik on Tuesday.");
        EventCandidate inked = only("Orrin Freight and Baltic Docks inked a terminal pact in Tarvik on Monday.");

        assertEquals(signed.kind(), sealed.kind());
        assertEquals("sign", sealed.action());
        assertEquals("sign", inked.action());
        assertTrue(match(inked, signed).get().sameDate());
        assertFalse(match(sealed, signed).get().sameDate());
    }

    @Test
    void shouldNotTellABorderSealedAsASigning() {
        EventCandidate signed = only("Orrin Freight and Baltic Docks signed a terminal agreement in Tarvik on Monday.");
        EventCandidate closed = only("Orrin Freight sealed the old terminal at Tarvik on Tuesday.");

        assertEquals("seal", closed.action());
        assertTrue(match(closed, signed).isEmpty());
    }

    @Test
    void shouldTellACoachFiredOustedOrRemovedAsOneDismissal() {
        EventCandidate fired = only("Dortfeld United fired coach Marta Silva on Monday, the club said.");
        EventCandidate ousted = only("Dortfeld United ousted its coach on Monday after five defeats.");
        EventCandidate removed = only("Marta Silva was removed as Dortfeld United coach on Monday.");

        assertEquals("dismissal", fired.kind());
        assertEquals("dismissal", ousted.kind());
        assertEquals("dismissal", removed.kind());
        assertTrue(match(ousted, fired).isPresent());
        assertTrue(match(removed, fired).isPresent());
    }

    @Test
    void shouldKeepClaimsDismissedApartFromADismissal() {
        EventCandidate ousted = only("Dortfeld United ousted its coach on Monday after five defeats.");
        EventCandidate dismissed = only("Dortfeld United dismissed the claims of a rift on Monday.");

        assertNotEquals("dismissal", dismissed.kind());
        assertTrue(match(dismissed, ousted).isEmpty());
    }

    @Test
    void shouldTellAKillingAndADeathOfOneVictimAsOneAct() {
        EventCandidate killed = only("A sniper killed border guard Ivo Petrak near Lisna on Sunday.");
        EventCandidate died = only("Border guard Ivo Petrak died near Lisna on Sunday.");

        assertEquals(died.kind(), killed.kind());
        assertTrue(EventKinds.sameAction(killed.action(), died.action()));
        assertTrue(match(died, killed).isPresent());
    }

    @Test
    void shouldTellABillBackedByAChamberAsItsVote() {
        EventCandidate backed = only("The Varn Assembly backed the water bill on Tuesday.");
        EventCandidate passed = only("The Varn Assembly passed the water bill on Tuesday, officials said.");

        assertEquals(EventKinds.VOTE, backed.kind());
        assertEquals(EventKinds.VOTE, passed.kind());
    }

    @Test
    void shouldTellAThingTakenFromAMuseumAsStolen() {
        EventCandidate taken = only("The silver chalice was taken from the Orrin Abbey Museum on Sunday night.");
        EventCandidate stolen = only("Thieves stole the silver chalice from the Orrin Abbey Museum on Sunday night.");

        assertEquals(EventKinds.INTRUSION, taken.kind());
        assertEquals(stolen.action(), taken.action());
        assertTrue(match(taken, stolen).isPresent());
    }

    @Test
    void shouldTellAThingTakenFromAStoreRoomOfAGalleryAsStolen() {
        EventCandidate taken = only("Two bronzes were taken from the gallery's store room on Sunday.");

        assertEquals(EventKinds.INTRUSION, taken.kind());
    }

    @Test
    void shouldNotTellAPersonTakenFromHomeAsStolen() {
        EventCandidate taken = only("A man was taken from his home in Lisna on Sunday.");

        assertNotEquals(EventKinds.INTRUSION, taken.kind());
    }

    @Test
    void shouldNotTellSamplesTakenFromARiverBankAsStolen() {
        EventCandidate taken = only("Water samples were taken from the bank of the Lisna river on Monday.");

        assertNotEquals(EventKinds.INTRUSION, taken.kind());
    }

    @Test
    void shouldLinkADenialInOtherWordsToWhatItDenies() {
        EventCandidate signed = only("Orrin Freight and Baltic Docks signed a terminal agreement in Tarvik on Monday.");
        EventCandidate denial = only("Baltic Docks denied on Tuesday that it had sealed any deal with Orrin Freight.");

        assertEquals(Stance.DENIES, denial.stance());
        assertTrue(EventMatcher.denies(features(denial, 0, 2), features(signed, 1, 1), true), denial::toString);
    }

    @Test
    void shouldReadTheWordAfterAPapersDatelineAsOpeningTheSentence() {
        EventCandidate stolen = only("LISNA \u2014 Thieves stole a silver chalice from the Orrin Abbey Museum on Sunday night.");

        assertTrue(stolen.participants().stream().noneMatch(p -> p.name().equals("Thieves")), stolen::toString);
    }
}
