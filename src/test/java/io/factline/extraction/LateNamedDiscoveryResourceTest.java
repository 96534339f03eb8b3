package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.event;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A discovery first reported naming nobody ("its technicians discovered the intrusion on Friday"), then
 * by another outlet naming the company with another day (articles under {@code articles/latediscovery},
 * session 12): one event, both outlets, a DATE conflict. The other order is {@link DataBreachResourceTest}.
 * Dated in a month no other test uses: a second stored discovery a few days away would leave the match
 * ambiguous ({@link EventMatcher#best}), as it should.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class LateNamedDiscoveryResourceTest {

    @Test
    void shouldMeetAStoredDiscoveryNamingNobodyWhenANamedReportGivesAnotherDay() {
        Scenario breach = new Scenario("latediscovery");
        ingest(breach.article("first", "Market Ledger", "2025-11-17T15:00:00Z"));
        ingest(breach.article("second", "The Evening Record", "2025-11-18T06:00:00Z"));

        Map<String, Object> discovery = event(breach.name("FIRM") + " Foods", "2025-11-14");
        List<Object> outlets = ((List<Map<String, Object>>) discovery.get("claims")).stream()
                .map(c -> c.get("outlet")).distinct().toList();
        assertThat(outlets, containsInAnyOrder("Market Ledger", "The Evening Record"));
        assertThat(((List<Map<String, Object>>) discovery.get("conflicts")).stream().map(c -> c.get("type")).toList(),
                hasItem("DATE"));
    }
}
