package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles, participants, attribution and stance, on short texts written for these tests. */
class EventExtractorTest {

    /** A Tuesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 10);
    private static final EventExtractor EXTRACTOR = ExtractedCandidates.EXTRACTOR;

    private static List<EventCandidate> extract(String text) {
        return EXTRACTOR.extract(text, REFERENCE);
    }

    private static EventCandidate only(String text) {
        List<EventCandidate> found = extract(text);
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    @Test
    void shouldTitleByPronounResolvedSubjectVerbLemmaAndObject() {
        EventCandidate trip = only("Trade envoy Maria Lindqvist said she and Paul Okafor will travel to Vienna on "
                + "Thursday for talks with Chancellor Erik Halvorsen on the pipeline.");

        assertEquals("Lindqvist and Okafor travel to Vienna for talks with Halvorsen", trip.title());
        assertEquals("2026-03-12", trip.date().value());
        assertEquals(List.of("Maria Lindqvist", "Paul Okafor", "Erik Halvorsen"), trip.participantNames());
        assertEquals("Vienna", trip.location());
        assertEquals("Maria Lindqvist", trip.attributedTo());
        assertEquals(EventKinds.TRAVEL, trip.kind());
    }

    @Test
    void shouldTitleAStatementByItsSourceWhenTheSpeakerHasNoName() {
        List<EventCandidate> found = extract("Deputies will debate the ferry levy on Friday, the mayor's office said on Monday.");

        assertEquals("Mayor's office says deputies will debate the ferry levy", found.get(found.size() - 1).title());
    }

    @Test
    void shouldLinkLaterSurnamesAndRolesToFullNames() {
        List<EventCandidate> found = extract("Trade envoy Maria Lindqvist arrived in Oslo late on Sunday.\n"
                + "Lindqvist met Erik Halvorsen in Bergen on Monday.\n"
                + "The envoy said she will return to Vienna on Friday.");

        assertEquals(List.of("Maria Lindqvist", "Erik Halvorsen"), found.get(1).participantNames());
        assertEquals("Lindqvist meets Halvorsen in Bergen", found.get(1).title());
        assertEquals("Maria Lindqvist", found.get(2).attributedTo());
        assertEquals(List.of("Maria Lindqvist"), found.get(2).participantNames());
        assertEquals("2026-03-13", found.get(2).date().value());
    }

    @Test
    void shouldMakeNoEventsFromBoilerplateOrDurationsOrUndatedSentences() {
        List<EventCandidate> found = extract("Published in World on Monday\n"
                + "The talks lasted almost three hours.\n"
                + "Officials have argued about fees for years.\n"
                + "The chancellor wants a deal.\n"
                + "--------\n"
                + "With assistance from Jon Ekdal on Tuesday.\n"
                + "\u00A92026 Wire A. All rights reserved.\n"
                + "Comments");

        assertEquals(List.of(), found);
    }

    @Test
    void shouldAttributeToTrailingAccordingToAndNewsService() {
        List<EventCandidate> found = extract("Halvorsen received a draft of the treaty last week, according to "
                + "people familiar with the matter.\n"
                + "Lindqvist met Okafor in Geneva on Monday, the Nordpress news service reported.\n"
                + "Okafor will fly to Rome on Friday, the people said.\n"
                + "Chancellor spokesman Lars Moe confirmed that Halvorsen will meet Okafor on Thursday, "
                + "the Baltic Wire agency reported.");

        assertEquals("people familiar with the matter", found.get(0).attributedTo());
        assertEquals("Nordpress", found.get(1).attributedTo());
        assertEquals("people familiar with the matter", found.get(2).attributedTo());
        assertEquals("Lars Moe via Baltic Wire", found.get(3).attributedTo());
        assertEquals("Halvorsen meets Okafor", found.get(3).title());
    }

    @Test
    void shouldDateAStatementByItsReportingVerbAndKeepWhatWasSaid() {
        EventCandidate said = only("Foreign Minister Tomas Berger told reporters on Monday that he has not "
                + "received any draft from the commission.");

        assertEquals(EventKinds.STATEMENT, said.kind());
        assertEquals("2026-03-09", said.date().value());
        assertEquals("receive", said.action());
        assertEquals("draft", said.theme());
        assertEquals(Stance.DENIES, said.stance());
        assertEquals("Tomas Berger", said.attributedTo());
        assertTrue(said.title().startsWith("Berger tells reporters he has not received any draft"), said.title());
    }

    @Test
    void shouldDenyNegatedAndDeniedEvents() {
        assertEquals(Stance.DENIES, only("Halvorsen did not meet Okafor in Geneva on Monday.").stance());
        assertEquals(Stance.DENIES, only("The ministry denied that Halvorsen met Okafor on Monday.").stance());
        assertEquals(Stance.ASSERTS, only("Halvorsen met Okafor in Geneva on Monday.").stance());
    }

    @Test
    void shouldTellReceivingAPersonFromReceivingAThing() {
        List<EventCandidate> found = extract("Chancellor Erik Halvorsen will receive Paul Okafor in Oslo on Friday.\n"
                + "Halvorsen received a letter from Okafor on Monday.");

        assertEquals(EventKinds.MEETING, found.get(0).kind());
        assertEquals(EventKinds.TRANSFER, found.get(1).kind());
    }

    @Test
    void shouldTakeTimeSpentWithAPersonAsAMeeting() {
        List<EventCandidate> found = extract("Chancellor Erik Halvorsen spent two hours with Paul Okafor on Monday.\n"
                + "Halvorsen spent the weekend at his farm last week.");

        assertEquals(EventKinds.MEETING, found.get(0).kind());
        assertEquals("spend", found.get(1).kind());
    }

    @Test
    void shouldTellACallAndItsDenialAsACallWhateverTheVerb() {
        EventCandidate agreed = only("Chancellor Erik Halvorsen agreed the truce with President Paul Okafor in a "
                + "phone call on Monday, an aide said.");
        EventCandidate denied = only("Okafor's spokeswoman, Nina Berg, said on Tuesday that the two leaders had "
                + "not spoken by phone.");

        assertEquals(PhoneCall.CALL, agreed.kind());
        assertEquals(PhoneCall.CALL, agreed.action());
        assertEquals(EventKinds.STATEMENT, denied.kind());
        assertEquals(PhoneCall.CALL, denied.action());
        assertEquals(Stance.DENIES, denied.stance());
    }

    @Test
    void shouldDenyAMeetingByDenyingThatItTookPlace() {
        EventCandidate denied = only("Okafor's office denied on Monday that a meeting with Chancellor Erik Halvorsen "
                + "had taken place.");

        assertEquals("meet", denied.action());
        assertEquals(Stance.DENIES, denied.stance());
    }

    @Test
    void shouldKeepANameSetBetweenCommasAndThePlaceAfterItInTheEvent() {
        EventCandidate meeting = only("Nina Berg met the army chief, General Paul Okafor, in Riga in February "
                + "to settle the lists.");

        assertEquals("2026-02", meeting.date().value());
        assertTrue(meeting.participantNames().containsAll(List.of("Nina Berg", "Paul Okafor")), meeting::toString);
        assertEquals("Riga", meeting.location());
    }

    @Test
    void shouldTakeATripToMeetSomeoneForATripForTalks() {
        EventCandidate trip = only("Envoy Nina Berg will fly to Riga on Thursday to meet President Paul Okafor.");

        assertEquals(EventKinds.TRAVEL, trip.kind());
        assertEquals(TripPurpose.TALKS, trip.theme());
    }

    @Test
    void shouldDateAnEventNounByTheTimeBeforeIt() {
        EventCandidate summit = only("Chancellor Erik Halvorsen wants the terms agreed at his August summit with "
                + "Okafor in Lisbon to stand.");

        assertEquals("2025-08", summit.date().value());
        assertEquals("Halvorsen summit with Okafor in Lisbon", summit.title());
        assertEquals("Lisbon", summit.location());
        assertNull(summit.attributedTo());
    }

    @Test
    void shouldPointTheQuoteAtTheSentenceInTheArticle() {
        String text = "Envoy to travel\nThe envoy Maria Lindqvist will fly to Oslo on Friday. She will "
                + "meet Erik Halvorsen on Saturday.";
        List<EventCandidate> found = extract(text);

        assertEquals(2, found.size());
        for (EventCandidate c : found) {
            assertEquals(c.quote(), text.substring(c.quoteBegin(), c.quoteEnd()));
        }
        assertEquals("She will meet Erik Halvorsen on Saturday.", found.get(1).quote());
        assertEquals(List.of("Maria Lindqvist", "Erik Halvorsen"), found.get(1).participantNames());
    }

    @Test
    void shouldResolveAWeekdayInTheTenseOfTheVerbItDatesNotOfTheReportingVerb() {
        EventCandidate meeting = only("A palace spokesman confirmed that Queen Ingrid Solberg will receive "
                + "Chancellor Erik Halvorsen on Monday.");

        assertEquals("2026-03-16", meeting.date().value());
        assertEquals(EventKinds.MEETING, meeting.kind());
    }

    @Test
    void shouldResolveAFutureSundayForwardsFromAThursday() {
        List<EventCandidate> found = EXTRACTOR.extract("The dockers' union said its members will walk out on "
                + "Sunday.", LocalDate.of(2026, 3, 12));

        assertEquals("2026-03-15", found.get(0).date().value());
    }

    @Test
    void shouldNotMakeAnEventOfAPartOfTheDayThatNamesNoDay() {
        List<EventCandidate> found = extract("\"We will fly out Thursday morning and land in Lima late at night,\" "
                + "Maria Lindqvist said.");

        assertEquals(1, found.size(), found::toString);
        assertEquals("2026-03-12", found.get(0).date().value());
    }

    @Test
    void shouldReadTheTwoCompaniesAsTheTwoLastNamed() {
        List<EventCandidate> found = extract("Orvik Shipping said it would buy Lantern Freight.\n"
                + "The two companies held talks in Hamburg last month, a banker said.");

        EventCandidate talks = found.get(found.size() - 1);
        assertEquals(List.of("Orvik Shipping", "Lantern Freight"), talks.participantNames());
        assertEquals("Orvik Shipping and Lantern Freight hold talks in Hamburg", talks.title());
        assertEquals("2026-02", talks.date().value());
    }

    @Test
    void shouldTitleReportedSpeechBySourceAndWhatWasSaidWithItsStance() {
        EventCandidate denial = only("The port authority has not received any safety report from Orvik Shipping, "
                + "agency spokesman Piet Janssen said on Monday.");

        assertEquals("Janssen says port authority has not received any safety report from Orvik Shipping", denial.title());
        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("2026-03-09", denial.date().value());
        assertEquals("report", denial.theme());
        assertEquals("Piet Janssen", denial.attributedTo());
    }

    @Test
    void shouldDateAnAttributedDenialWithoutDateToThePublicationDay() {
        List<EventCandidate> found = extract("Chancellor Erik Halvorsen has not signed any treaty, his aide Maria Lindqvist added.\n"
                + "Minister says no treaty was signed\n"
                + "The treaty was never a priority.");

        assertEquals(1, found.size(), found::toString);
        assertEquals(Stance.DENIES, found.get(0).stance());
        assertEquals("2026-03-10", found.get(0).date().value());
        assertEquals("Maria Lindqvist", found.get(0).attributedTo());
        assertEquals("sign", found.get(0).action());
    }

    @Test
    void shouldNameAnUnnamedSourceByItsWholePhrase() {
        EventCandidate trip = only("Erik Halvorsen will fly to Oslo on Friday, a person familiar with the plans said.");

        assertEquals("person familiar with the plans", trip.attributedTo());
        assertEquals("2026-03-13", trip.date().value());
    }

    @Test
    void shouldTitleAnInterviewQuotedBeforeItsSpeakerByTheInterviewer() {
        EventCandidate said = only("\"The ferry line pays for itself within a decade,\" Mayor Lena Ostrova said "
                + "in an interview with Nordvik Television's Pia Holm at the harbour forum in Bergen on Monday.");

        assertEquals("Ostrova interviewed by Nordvik Television", said.title());
        assertEquals(EventKinds.STATEMENT, said.kind());
        assertEquals("2026-03-09", said.date().value());
    }

    @Test
    void shouldTitleAStatementByWhatWasSaidNotWhereItWasSaid() {
        EventCandidate said = only("Mayor Lena Ostrova said in an interview with Nordvik Television on Monday "
                + "that the council will scrap the harbour levy.");

        assertEquals("Ostrova says council will scrap the harbour levy", said.title());
    }

    @Test
    void shouldEndTheOccasionOfAQuotedStatementAtItsFirstName() {
        EventCandidate said = only("\"Nothing has been signed yet,\" Andreas Kilmer said at a briefing with "
                + "Mayor Lena Ostrova and her deputy in Bergen on Monday.");

        assertEquals("Kilmer says at a briefing with Ostrova", said.title());
    }

    @Test
    void shouldReadACourtsDecisionAsARulingWithTheJudgeAsParticipant() {
        EventCandidate ruling = only("Justice Priya Raman of the Appeals Court on Thursday overturned the fine "
                + "against Corrow Shipping.");

        assertEquals(EventKinds.RULING, ruling.kind());
        assertEquals("2026-03-05", ruling.date().value());
        assertTrue(ruling.participantNames().contains("Priya Raman"), ruling::toString);
        assertTrue(ruling.participantNames().contains("Appeals Court"), ruling::toString);
        assertTrue(ruling.title().startsWith("Raman overturns the fine"), ruling::title);
        assertEquals(EventKinds.RULING, only("Raman ruled on Monday that the fine was unlawful.").kind());
    }

    @Test
    void shouldTakeAnActAtASummitForTheSummit() {
        EventCandidate pact = only("Halvorsen and Ostrova signed a grain pact at their summit in Tallinn on Monday.");

        assertEquals(EventKinds.MEETING, pact.kind());
        assertEquals("Tallinn", pact.location());
        assertEquals("2026-03-09", pact.date().value());
    }

    @Test
    void shouldTellAnAgreementToBuyAsTheDealItself() {
        EventCandidate agreed = only("Pellucid Mining agreed on Sunday to acquire Velmora Resources for 300 million "
                + "dollars, the companies said.");
        EventCandidate told = only("Pellucid agreed to acquire Velmora on Saturday, its chief executive said.");
        EventCandidate meeting = only("Pellucid Mining agreed on Sunday to meet the unions again.");

        assertEquals(EventKinds.DEAL, agreed.kind());
        assertEquals("acquire", agreed.action());
        assertEquals("2026-03-08", agreed.date().value());
        assertEquals(List.of("Pellucid Mining", "Velmora Resources"), agreed.participantNames());
        assertEquals(EventKinds.DEAL, told.kind());
        assertEquals("2026-03-07", told.date().value());
        assertEquals(List.of("Pellucid", "Velmora"), told.participantNames());
        assertEquals("agree", meeting.action());
    }

    @Test
    void shouldLeaveOutAHeadlineThatTheBodyRestates() {
        List<EventCandidate> found = extract("Brandvold and Okafor talks set for Friday\n"
                + "Brandvold will meet Okafor in Tromsdal on Friday, an aide said.");
        List<EventCandidate> another = extract("Brandvold and Okafor talks set for Friday\n"
                + "Brandvold will fly to Tromsdal on Thursday, an aide said.");

        assertEquals(List.of("Brandvold meets Okafor in Tromsdal"), found.stream().map(EventCandidate::title).toList());
        assertEquals(2, another.size(), another::toString);
    }

    @Test
    void shouldLeaveOutAHeadlineWhoseWeekdayFellInTheWeekBefore() {
        List<EventCandidate> found = extract("Harbour levy vote on Thursday, council says\n"
                + "Councillors will vote on the harbour levy on Thursday, the council said on Tuesday.");

        assertEquals(List.of("2026-03-12", "2026-03-10"), found.stream().map(c -> c.date().value()).toList());
    }

    @Test
    void shouldNotReadTheSpeakersNextActAsWhatWasSaid() {
        EventCandidate call = only("A spokesman for President Tomas Ferrier confirmed the call on Monday but gave no details.");
        EventCandidate meeting = only("The ministry confirmed the meeting with Anna Varga on Tuesday and offered no comment.");

        assertEquals(Stance.ASSERTS, call.stance());
        assertEquals("Ferrier confirms the call", call.title());
        assertEquals(Stance.ASSERTS, meeting.stance());
        assertEquals("Ministry confirms the meeting with Varga", meeting.title());
    }

    @Test
    void shouldTakeAThingGivenToAPersonForAHandingOverNotAMeeting() {
        EventCandidate handover = only("Envoy Lars Mettler met Minister Ida Sorel on Monday.\n"
                + "Mettler gave Sorel a written offer on Tuesday.", 1);

        assertEquals(EventKinds.TRANSFER, handover.kind());
        assertEquals("give", handover.action());
    }

    @Test
    void shouldTakeTimeSpentWithATitledPersonForAMeeting() {
        EventCandidate day = only("Envoy Lars Mettler spent most of Tuesday with Foreign Minister Ida Sorel.", 0);

        assertEquals(EventKinds.MEETING, day.kind());
        assertEquals(List.of("Lars Mettler", "Ida Sorel"), day.participantNames());
    }

    private static EventCandidate only(String text, int index) {
        List<EventCandidate> found = extract(text);
        assertEquals(index + 1, found.size(), found::toString);
        return found.get(index);
    }

    @Test
    void shouldAgreeTheTitleWithAPluralWithoutS() {
        EventCandidate back = only("About 500 people returned home on Monday.", 0);

        assertEquals("People return home", back.title());
    }

    @Test
    void shouldTitleASecretaryOfStateByTheSurnameAlone() {
        EventCandidate met = only("U.S. Secretary of State Ada Brill met Foreign Minister Piet Vos in Oslo on Monday.");

        assertEquals("Brill meets Vos in Oslo", met.title());
        assertEquals(List.of("Ada Brill", "Piet Vos"), met.participantNames());
    }

    @Test
    void shouldFinishANounPhraseTheWordLimitCutAndDropABareInfinitive() {
        EventCandidate lift = only("Oslo agreed on Monday to lift duties on the Norwegian salmon exporter Fjordfisk.");
        EventCandidate call = only("Lindqvist spoke by phone with Chancellor Erik Halvorsen on Monday to settle the last details.");

        assertEquals("Oslo agrees to lift duties on the Norwegian salmon exporter Fjordfisk", lift.title());
        assertEquals("Lindqvist speaks by phone with Halvorsen", call.title());
    }
}
