package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.event;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Four outlets on one emergency landing (articles under {@code articles/landing}), each in other
 * words: a wire's "a jet carrying 88 passengers made an emergency landing" ({@link SubjectPhrase},
 * {@link LightVerbNoun}), a radio's "smoke forced flight 52 to land" ({@link Causative}), a feature's
 * "made an emergency landing ... on Wednesday night" (a day later), and an analysis that names no
 * airline, only "Tuesday's emergency landing at" the town ({@link PossessiveTime}). They are one
 * event, and the feature's day is a DATE conflict.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class EmergencyLandingResourceTest {

    private static final String TUESDAY = "2026-10-06";

    @Test
    void shouldMergeFourWordingsOfTheLandingAndFlagTheFeaturesDay() {
        Scenario landing = new Scenario("landing");
        ingest(landing.article("wire", "North Wire", "2026-10-07T06:00:00Z"));
        ingest(landing.article("radio", "Radio North", "2026-10-07T12:00:00Z"));
        ingest(landing.article("feature", "The Fjord Courier", "2026-10-09T07:00:00Z"));
        ingest(landing.article("analysis", "Air Business Weekly", "2026-10-12T08:00:00Z"));

        Map<String, Object> event = event(landing.name("CARRIER") + " Airways", TUESDAY);

        assertThat(event.get("location"), org.hamcrest.Matchers.equalTo(landing.name("TOWN")));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) event.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("North Wire", "Radio North", "The Fjord Courier", "Air Business Weekly"));
        List<Map<String, Object>> dates = ((List<Map<String, Object>>) event.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("DATE")).toList();
        assertThat(dates, hasSize(1));
        assertThat((String) dates.get(0).get("explanation"), containsString("The Fjord Courier dates this to 7 October 2026"));
        assertThat(claims.stream().map(c -> ((Map<String, Object>) c.get("date")).get("value")).toList(), hasItem("2026-10-07"));
    }
}
