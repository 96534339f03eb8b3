package io.factline.extraction;

import static io.factline.extraction.OrganisationNamesResourceTest.event;
import static io.factline.extraction.OrganisationNamesResourceTest.eventOf;
import static io.factline.extraction.OrganisationNamesResourceTest.outlets;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One signing told in three outlets' words (articles under {@code articles/berth-deal}, session 15,
 * s15-words): a wire's "signed a berth agreement" on Wednesday, a daily's "sealed a berth deal" on
 * Tuesday and a radio's "inked a berth contract" on Wednesday are one event of the three outlets with the
 * daily's Tuesday as its DATE conflict. The same company sealing a terminal the next day stays an event
 * of its own. Before, "sign", "seal" and "ink" were three kinds and three events, and no conflict was raised.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class BerthDealResourceTest {

    @Test
    void shouldMergeASigningToldInOtherWordsAndFlagTheOtherDay() {
        Scenario s = new Scenario("berth-deal");
        long signed = eventOf(ingest(s.article("wire", "Harbour Wire", "2036-03-12T18:00:00Z")));

        long sealed = eventOf(ingest(s.article("daily", "Tarvik Daily", "2036-03-13T06:00:00Z")));
        JsonPath radio = ingest(s.article("radio", "Coast Radio", "2036-03-13T12:00:00Z"));

        assertThat(sealed, equalTo(signed));
        List<Long> radioEvents = radio.getList("events.id", Long.class);
        assertThat(radioEvents, hasSize(2));
        assertThat(radioEvents, hasItem(signed));
        Map<String, Object> signing = event(signed);
        assertThat(outlets(signing), containsInAnyOrder("Harbour Wire", "Tarvik Daily", "Coast Radio"));
        assertThat(((Map<String, Object>) signing.get("date")).get("value"), equalTo("2036-03-12"));
        List<Map<String, Object>> dates = ((List<Map<String, Object>>) signing.get("conflicts")).stream()
                .filter(c -> "DATE".equals(c.get("type"))).toList();
        assertThat(dates, hasSize(1));
    }

    @Test
    void shouldKeepAnotherActOfTheSameCompanyInTheWeekApart() {
        Scenario s = new Scenario("berth-deal");
        long signed = eventOf(ingest(s.article("wire", "Harbour Wire", "2036-03-12T18:00:00Z")));

        JsonPath radio = ingest(s.article("radio", "Coast Radio", "2036-03-13T12:00:00Z"));

        long terminal = radio.getList("events.id", Long.class).stream().filter(id -> id != signed).findFirst()
                .orElseThrow();
        Map<String, Object> closing = event(terminal);
        assertThat(closing.get("kind"), not(equalTo(event(signed).get("kind"))));
        assertThat(outlets(closing), containsInAnyOrder("Coast Radio"));
        assertThat((List<Object>) closing.get("conflicts"), empty());
    }
}
