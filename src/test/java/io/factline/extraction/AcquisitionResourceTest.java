package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.event;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three outlets on a takeover (articles under {@code articles/acquisition}), the latest first: two
 * name the companies by their first words only ("Harlow", "Corvin"), the last in full ("Harlow
 * Shipping", "Corvin Logistics"); one dates the agreement a day before the others.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class AcquisitionResourceTest {

    /**
     * The two outlets are one against one on the day: the event takes the day of the report
     * published first (Market Wire's Sunday), although it was ingested last and its day is the later.
     */
    @Test
    void shouldMergeTheAgreementToBuyAcrossShortAndFullNamesAndFlagTheOtherDay() {
        Scenario deal = new Scenario("acquisition");
        ingest(deal.article("port-ledger", "Port Ledger", "2026-07-08T10:20:00Z"));
        ingest(deal.article("finance-daily", "Finance Daily", "2026-07-07T08:00:00Z"));
        ingest(deal.article("market-wire", "Market Wire", "2026-07-06T06:45:00Z"));

        String buyer = deal.name("HARLOW") + " Shipping";
        Map<String, Object> agreement = event(buyer, "2026-07-05");

        assertThat(agreement.get("kind"), equalTo(EventKinds.DEAL));
        assertThat((List<String>) agreement.get("participants"), hasItem(deal.name("CORVIN") + " Logistics"));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) agreement.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Finance Daily", "Market Wire"));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) agreement.get("conflicts");
        assertThat(conflicts.stream().map(c -> c.get("type")).toList(), hasItem("DATE"));
    }

    @Test
    void shouldGiveTheCompanyKnownByItsFirstWordItsFullName() {
        Scenario deal = new Scenario("acquisition");
        ingest(deal.article("port-ledger", "Port Ledger", "2026-07-08T10:20:00Z"));
        ingest(deal.article("market-wire", "Market Wire", "2026-07-06T06:45:00Z"));

        List<Map<String, Object>> entities = given().queryParam("q", deal.name("CORVIN")).get("/api/entities")
                .then().statusCode(200).extract().jsonPath().getList("items");

        assertThat(entities, hasSize(1));
        assertThat(entities.get(0).get("name"), equalTo(deal.name("CORVIN") + " Logistics"));
        assertThat((List<String>) entities.get(0).get("aliases"), hasItem(deal.name("CORVIN")));
    }
}
