package io.factline.event;

import static io.factline.claim.Rank.DEPRECATED;
import static io.factline.claim.Rank.NORMAL;
import static io.factline.claim.Rank.PREFERRED;
import static io.factline.claim.Stance.ASSERTS;
import static io.factline.claim.Stance.DENIES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.claim.Rank;
import io.factline.claim.Stance;
import io.factline.date.EdtfDate;
import io.factline.event.EventDateRule.DatedClaim;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventDateRuleTest {

    private static DatedClaim claim(long id, String date, Rank rank, Stance stance) {
        return new DatedClaim(id, date == null ? null : EdtfDate.parse(date), rank, stance);
    }

    private static DatedClaim asserts(long id, String date) {
        return claim(id, date, NORMAL, ASSERTS);
    }

    private static DatedClaim denies(long id, String date) {
        return claim(id, date, NORMAL, DENIES);
    }

    private static Optional<String> derive(DatedClaim... claims) {
        List<DatedClaim> list = Arrays.asList(claims);
        Optional<String> forward = EventDateRule.derive(list).map(EdtfDate::value);
        List<DatedClaim> reversed = new ArrayList<>(list);
        Collections.reverse(reversed);
        assertEquals(forward, EventDateRule.derive(reversed).map(EdtfDate::value),
                "the result must not depend on the order of the claims");
        return forward;
    }

    @Test
    void shouldCountSupportOverThousandsOfClaims() {
        DatedClaim[] claims = new DatedClaim[3000];
        for (int i = 0; i < claims.length; i++) {
            claims[i] = asserts(i, i % 3 == 0 ? "2026-03-12" : "2026-03");
        }
        assertEquals(Optional.of("2026-03-12"), derive(claims));
    }

    @Test
    void shouldGiveNoDateWithoutClaims() {
        assertEquals(Optional.empty(), derive());
    }

    @Test
    void shouldGiveNoDateWhenNoClaimHasOne() {
        assertEquals(Optional.empty(), derive(asserts(1, null), denies(2, null)));
    }

    @Test
    void shouldIgnoreDeprecatedClaimsEntirely() {
        assertEquals(Optional.empty(), derive(claim(1, "2026-01-22", DEPRECATED, ASSERTS)));
        assertEquals(Optional.of("2026-01-22"), derive(
                asserts(1, "2026-01-22"),
                claim(2, "2026-01-23", DEPRECATED, ASSERTS),
                claim(3, "2026-01-23", DEPRECATED, ASSERTS)));
    }

    @Test
    void shouldTakeThePreferredClaimOverTheMajority() {
        assertEquals(Optional.of("2026-01-23"), derive(
                asserts(1, "2026-01-22"),
                asserts(2, "2026-01-22"),
                claim(3, "2026-01-23", PREFERRED, ASSERTS)));
    }

    @Test
    void shouldTakeTheMostPreciseOfSeveralPreferredClaims() {
        assertEquals(Optional.of("2026-01-22"), derive(
                claim(1, "2026-01", PREFERRED, ASSERTS),
                claim(2, "2026-01-22", PREFERRED, ASSERTS)));
    }

    @Test
    void shouldTakeTheLowestIdOfEquallyPrecisePreferredClaims() {
        assertEquals(Optional.of("2026-01-25"), derive(
                claim(9, "2026-01-20", PREFERRED, ASSERTS),
                claim(4, "2026-01-25", PREFERRED, ASSERTS)));
    }

    @Test
    void shouldFallBackToTheClaimsWhenThePreferredClaimHasNoDate() {
        assertEquals(Optional.of("2026-01-22"), derive(
                claim(1, null, PREFERRED, ASSERTS),
                asserts(2, "2026-01-22")));
    }

    @Test
    void shouldTakeTheDateMostClaimsGive() {
        assertEquals(Optional.of("2026-01-22"), derive(
                asserts(1, "2026-01-23"),
                asserts(2, "2026-01-22"),
                asserts(3, "2026-01-22")));
    }

    @Test
    void shouldLetAVagueClaimSupportThePreciseDatesInsideIt() {
        assertEquals(Optional.of("2026-01-22"), derive(
                asserts(1, "2026-01"),
                asserts(2, "2026-01-22"),
                asserts(3, "2026-01-22"),
                asserts(4, "2026-01-23")));
    }

    @Test
    void shouldPreferAPreciseDateOverTheVagueDateContainingIt() {
        assertEquals(Optional.of("2026-01-22"), derive(
                asserts(1, "2026"),
                asserts(2, "2026-01-22")));
    }

    @Test
    void shouldKeepAVagueDateThatMoreClaimsGive() {
        assertEquals(Optional.of("2026-01"), derive(
                asserts(1, "2026-01"),
                asserts(2, "2026-01"),
                asserts(3, "2026-02-03")));
    }

    @Test
    void shouldBreakASupportTieByPrecision() {
        assertEquals(Optional.of("2026-01-24/2026-01-28"), derive(
                asserts(1, "2026-01-20/2026-01-25"),
                asserts(2, "2026-01-24/2026-01-28")));
    }

    @Test
    void shouldBreakAPrecisionTieByTheEarliestStart() {
        assertEquals(Optional.of("2026-01-22"), derive(
                asserts(1, "2026-01-23"),
                asserts(2, "2026-01-22")));
    }

    @Test
    void shouldBreakAPrecisionTieByTheFirstReportWhateverItsDay() {
        Instant monday = Instant.parse("2026-07-06T06:00:00Z");
        Instant tuesday = Instant.parse("2026-07-07T08:00:00Z");

        assertEquals(Optional.of("2026-07-05"), derive(
                new DatedClaim(1, EdtfDate.parse("2026-07-04"), NORMAL, ASSERTS, tuesday),
                new DatedClaim(2, EdtfDate.parse("2026-07-05"), NORMAL, ASSERTS, monday)));
        assertEquals(Optional.of("2026-07-04"), derive(
                new DatedClaim(1, EdtfDate.parse("2026-07-04"), NORMAL, ASSERTS, monday),
                new DatedClaim(2, EdtfDate.parse("2026-07-05"), NORMAL, ASSERTS, tuesday)));
    }

    @Test
    void shouldLetTheMajorityOutweighTheFirstReport() {
        Instant first = Instant.parse("2026-07-06T06:00:00Z");
        Instant later = Instant.parse("2026-07-07T08:00:00Z");

        assertEquals(Optional.of("2026-07-04"), derive(
                new DatedClaim(1, EdtfDate.parse("2026-07-05"), NORMAL, ASSERTS, first),
                new DatedClaim(2, EdtfDate.parse("2026-07-04"), NORMAL, ASSERTS, later),
                new DatedClaim(3, EdtfDate.parse("2026-07-04"), NORMAL, ASSERTS, later)));
    }

    @Test
    void shouldRankAClaimOfUnknownTimeAfterTheReportsOfKnownTime() {
        assertEquals(Optional.of("2026-07-05"), derive(
                new DatedClaim(1, EdtfDate.parse("2026-07-04"), NORMAL, ASSERTS, null),
                new DatedClaim(2, EdtfDate.parse("2026-07-05"), NORMAL, ASSERTS, Instant.parse("2026-07-07T08:00:00Z"))));
    }

    @Test
    void shouldBreakAStartTieByTheLowestClaimId() {
        assertEquals(Optional.of("2026-01-22T16:00Z"), derive(
                asserts(7, "2026-01-22"),
                asserts(3, "2026-01-22T16:00Z")));
    }

    @Test
    void shouldCountOnlyAssertingClaimsWhenAnyGivesADate() {
        assertEquals(Optional.of("2026-01-22"), derive(
                asserts(1, "2026-01-22"),
                asserts(2, "2026-01-23"),
                denies(3, "2026-01-23"),
                denies(4, "2026-01-23")));
    }

    @Test
    void shouldUseDenialsWhenNoAssertingClaimGivesADate() {
        assertEquals(Optional.of("2026-01-23"), derive(
                asserts(1, null),
                denies(2, "2026-01-23")));
    }

    @Test
    void shouldLetAnOpenIntervalSupportTheDatesWithinIt() {
        assertEquals(Optional.of("2026-01-10"), derive(
                asserts(1, "../2026-01-20"),
                asserts(2, "2026-01-10")));
    }

    @Test
    void shouldTakeAnOpenIntervalWhenItIsAllThereIs() {
        assertEquals(Optional.of("2026-01-01/.."), derive(asserts(1, "2026-01-01/..")));
    }
}
