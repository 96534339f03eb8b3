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
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A recall told plainly by a daily ("recalled … on Monday"), by a wire only as what a fine came after ("fined …
 * on Thursday, three days after … recalled …") and by a radio a day late (articles under
 * {@code articles/van-recall}, session 15, s15-relative, dates of March 2036): the wire's counted day meets the
 * daily's, so the recall is one event of all three outlets, and the radio's Tuesday is its DATE conflict. Before,
 * the wire's sentence dated only the fine and the recall had two outlets.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class RelativeRecallResourceTest {

    @Test
    void shouldMergeAnActCountedFromAnotherWithTheSameActNamedByItsDay() {
        Scenario s = new Scenario("van-recall");
        long recall = eventOf(ingest(s.article("daily", "Valley Daily", "2036-03-04T07:00:00Z")));

        JsonPath wire = ingest(s.article("wire", "Coast Wire", "2036-03-07T07:00:00Z"));
        long late = eventOf(ingest(s.article("radio", "Radio Brook", "2036-03-08T07:00:00Z")));

        List<Object> wireEvents = wire.getList("events.id").stream().map(id -> (Object) ((Number) id).longValue()).toList();
        assertThat(wireEvents.contains(recall), equalTo(true));
        assertThat(late, equalTo(recall));
        Map<String, Object> merged = event(recall);
        assertThat(((Map<String, Object>) merged.get("date")).get("value"), equalTo("2036-03-03"));
        assertThat(outlets(merged), containsInAnyOrder("Valley Daily", "Coast Wire", "Radio Brook"));
        List<Map<String, Object>> dates = ((List<Map<String, Object>>) merged.get("conflicts")).stream()
                .filter(c -> "DATE".equals(c.get("type"))).toList();
        assertThat(dates, hasSize(1));
    }
}
