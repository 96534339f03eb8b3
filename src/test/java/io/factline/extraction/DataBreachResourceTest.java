package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.event;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Four outlets on a bank's data breach (articles under {@code articles/breach}, s9-scena): the
 * discovery told as "detected" by the bank's engineers (naming nobody), "flagged … on Monday" by
 * engineers at the bank in a memo (a day earlier: DATE conflict) and "spotted" by the bank's staff
 * (naming the bank, which now finds the stored report that names nobody) is one event
 * ({@link Discovery}); a security firm's report that the hackers "made off with card numbers" and the
 * bank's denial that "any card data had been taken" are linked ({@link Theft}, CONTRADICTION).
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class DataBreachResourceTest {

    @Test
    void shouldMergeTheDiscoveryAndFlagItsDateAndTheDeniedTheft() {
        Scenario breach = new Scenario("breach");
        ingest(breach.article("wire", "Ledger Wire", "2026-10-08T09:00:00Z"));
        ingest(breach.article("paper", "The Harbour Post", "2026-10-10T05:00:00Z"));
        ingest(breach.article("site", "Byte Desk", "2026-10-12T16:00:00Z"));
        ingest(breach.article("radio", "Radio Ledger", "2026-10-13T17:00:00Z"));

        Map<String, Object> discovery = event(breach.name("FIRM") + " Bank", "2026-10-06");
        assertThat(outlets(discovery), hasItems("Ledger Wire", "The Harbour Post", "Byte Desk"));
        assertThat(types(discovery), hasItem("DATE"));

        Map<String, Object> report = event(breach.name("LAB") + " Labs", "2026-10-12");
        assertThat(types(report), hasItem("CONTRADICTION"));
    }

    private static List<Object> outlets(Map<String, Object> event) {
        return ((List<Map<String, Object>>) event.get("claims")).stream().map(c -> c.get("outlet")).distinct().toList();
    }

    private static List<Object> types(Map<String, Object> event) {
        return ((List<Map<String, Object>>) event.get("conflicts")).stream().map(c -> c.get("type")).toList();
    }
}
