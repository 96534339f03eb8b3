package io.factline.extraction;

import static io.factline.extraction.OrganisationNamesResourceTest.event;
import static io.factline.extraction.OrganisationNamesResourceTest.eventOf;
import static io.factline.extraction.OrganisationNamesResourceTest.outlets;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One launch told as "lifted off" by a daily and "sent its rocket into space" a day later by a wire (articles
 * under {@code articles/liftoff}, session 14, s14-split): one launch event with both outlets and the wire's
 * day as a DATE conflict. Before, the wire's report was a handing-over and stayed an event of its own.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class RocketLaunchResourceTest {

    @Test
    void shouldMergeARocketSentIntoSpaceWithItsLiftoffAndFlagTheOtherDay() {
        Scenario s = new Scenario("liftoff");
        long liftoff = eventOf(ingest(s.article("daily", "Orbit Weekly", "2034-04-04T07:00:00Z")));

        long sent = eventOf(ingest(s.article("wire", "Southern Wire", "2034-04-05T07:00:00Z")));

        assertThat(sent, equalTo(liftoff));
        Map<String, Object> launch = event(liftoff);
        assertThat(launch.get("kind"), equalTo(VehicleFlight.LAUNCH));
        assertThat(outlets(launch), containsInAnyOrder("Orbit Weekly", "Southern Wire"));
        List<Map<String, Object>> dates = ((List<Map<String, Object>>) launch.get("conflicts")).stream()
                .filter(c -> "DATE".equals(c.get("type"))).toList();
        assertThat(dates, hasSize(1));
    }
}
