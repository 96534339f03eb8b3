package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.event;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three outlets on captives freed by an armed group (articles under {@code articles/release}): a
 * radio bulletin tells the release as "freed … on Monday, handing them over to the Red Crescent",
 * a newspaper as "released three of them at a Red Crescent post" on Tuesday, a wire as "the three,
 * who work for …, were released on Tuesday"; the newspaper reports a ransom paid, which the
 * government "denied on Thursday that it had paid".
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class HostageReleaseResourceTest {

    private static final String RELEASE = "2026-09-15";
    private static final String RANSOM = "2026-09-13";

    @Test
    void shouldMergeTheThreeReportsOfTheReleaseAndFlagTheRadiosDay() {
        Scenario release = new Scenario("release");
        ingestAll(release);

        Map<String, Object> freed = event(release.name("HILL") + " Brigade", RELEASE);

        List<Map<String, Object>> claims = (List<Map<String, Object>>) freed.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Harbour Radio", "The Evening Ledger", "Northline Wire"));
        assertThat(freed.get("kind"), equalTo(EventKinds.RELEASE));
        List<Map<String, Object>> dates = ((List<Map<String, Object>>) freed.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("DATE")).toList();
        assertThat(dates, hasSize(1));
        assertThat((String) dates.get(0).get("explanation"), containsString("Harbour Radio dates this to 14 September 2026"));
    }

    @Test
    void shouldFlagTheRansomTheGovernmentDeniesPaying() {
        Scenario release = new Scenario("release");
        ingestAll(release);

        Map<String, Object> ransom = event(release.name("HILL") + " Brigade", RANSOM);

        List<Map<String, Object>> contradictions = ((List<Map<String, Object>>) ransom.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("CONTRADICTION")).toList();
        assertThat(contradictions, hasSize(1));
        assertThat((List<Number>) contradictions.get(0).get("eventIds"), hasSize(2));
        assertThat((String) contradictions.get(0).get("explanation"), containsString("Northline Wire denies it"));
        assertThat(((List<Map<String, Object>>) ransom.get("claims")).stream().map(c -> c.get("attributedTo")).toList(),
                hasItem("two people close to the talks"));
    }

    /** Wednesday, Thursday, Friday. */
    private static void ingestAll(Scenario release) {
        ingest(release.article("radio", "Harbour Radio", "2026-09-16T07:00:00Z"));
        ingest(release.article("newspaper", "The Evening Ledger", "2026-09-17T05:30:00Z"));
        ingest(release.article("wire", "Northline Wire", "2026-09-18T09:00:00Z"));
    }
}
