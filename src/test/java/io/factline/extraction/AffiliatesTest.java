package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.entity.EntityKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an article says its people act for ({@link AppositionRole}, {@link RoleBeforeName}, {@link Affiliates}). */
class AffiliatesTest {

    private static final LocalDate REFERENCE = LocalDate.of(2031, 3, 14);

    private static List<String> said(String text) {
        return ExtractedCandidates.EXTRACTOR.read(text, REFERENCE, Map.of(), (s, e) -> e.get()).affiliations().stream()
                .map(a -> a.member() + " -> " + a.affiliate()).toList();
    }

    @Test
    void shouldTieAPersonToTheOrganisationADefiniteRoleAfterHerNameOwns() {
        assertEquals(List.of("Anna Brekke -> Corvale Art Museum"),
                said("The Corvale Art Museum reopened in May. Anna Brekke, the museum's director, denied on Tuesday that the cameras had been turned off."));
    }

    @Test
    void shouldTieAPersonToTheCountryAPossessiveRoleAfterHerNameNames() {
        assertEquals(List.of("Petra Nyland -> Valmora"), said("Petra Nyland, Valmora's trade minister, arrived in Oslo on Monday."));
    }

    @Test
    void shouldTieAPersonToTheCountryNamedAfterHerRole() {
        assertEquals(List.of("Petra Nyland -> Valmora"), said("Petra Nyland, the foreign minister of Valmora, flew to Oslo on Monday."));
    }

    @Test
    void shouldTieAPersonToTheCompanyHerRoleIsHeldAt() {
        assertEquals(List.of("Ilse Dorn -> Harlow Shipping"),
                said("Ilse Dorn, chief executive of Harlow Shipping, said on Monday the deal was off."));
    }

    @Test
    void shouldTieACounterpartToTheCountryWrittenBeforeTheRole() {
        assertEquals(List.of("Petra Nyland -> Valmora"),
                said("Trade Minister Jon Hale and his Valmora counterpart, Petra Nyland, signed the accord after three days of talks."));
    }

    @Test
    void shouldTieAPersonToTheCountryWhosePossessiveRoleComesFirst() {
        assertEquals(List.of("Petra Nyland -> Valmora"), said("Valmora's finance minister, Petra Nyland, met Hale on Monday."));
    }

    @Test
    void shouldTieASpokeswomanToTheCompanyWrittenBeforeHerRole() {
        assertEquals(List.of("Lena Vik -> Brightwater Foods"),
                said("Brightwater Foods spokeswoman Lena Vik said on Monday the recall was over."));
    }

    @Test
    void shouldTieNobodyToARoleThatNamesNoOwner() {
        assertEquals(List.of(), said("Prosecutors said on Monday that Anders Dorn, a former lawyer, had lied."));
        assertEquals(List.of(), said("Jan Roe, the finance minister, resigned on Monday."));
    }

    @Test
    void shouldTieAPlacesBodyToThePlace() {
        EventExtractor.Extraction read = ExtractedCandidates.EXTRACTOR.read(
                "Valmora's lawmakers will vote on the accord on June 3.", REFERENCE, Map.of(), (s, e) -> e.get());
        assertEquals(List.of(new Affiliation("Valmora legislature", EntityKind.ORGANIZATION, "Valmora", read.affiliations()
                .get(0).affiliateKind())), read.affiliations());
        assertEquals(List.of("Valmora legislature"), read.candidates().get(0).participantNames());
    }

    @Test
    void shouldReadAParliamentAsTheLegislatureItsMembersAre() {
        EventCandidate vote = ExtractedCandidates.only("The accord must be approved by Valmora's parliament, which is due to vote on June 3.",
                REFERENCE);
        assertEquals(List.of("Valmora legislature"), vote.participantNames());
        assertEquals(EventKinds.VOTE, vote.kind());
    }
}
