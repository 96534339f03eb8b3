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
 * Three outlets on an explosion at a chemical works and the inspection before it (articles under
 * {@code articles/accident}): the explosion told by what it did ("killed two technicians and hurt nine
 * people", {@link AccidentNoun}, {@link CoordinatedVerb}), in the possessive and after "tore through"
 * is one event; the inspection told as "examined", "visited" by inspectors and "her inspectors had
 * examined" after an opening phrase ({@link Inspection}, {@link OpeningPhrase}, {@link StaffPossessive})
 * is one event, whose later day in the paper is a DATE conflict and which the company's denial that
 * "any inspection ... had taken place" contradicts ({@link HappeningNoun}).
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class IndustrialAccidentResourceTest {

    private static final String TUESDAY = "2026-09-15";
    private static final String INSPECTION = "2026-08-20";

    @Test
    void shouldMergeTheExplosionAndTheInspectionAndFlagTheInspectionsDateAndDenial() {
        Scenario accident = new Scenario("accident");
        ingest(accident.article("wire", "Vale Wire", "2026-09-16T06:00:00Z"));
        ingest(accident.article("paper", "The River Post", "2026-09-17T05:00:00Z"));
        ingest(accident.article("radio", "Radio Vale", "2026-09-17T07:00:00Z"));

        Map<String, Object> explosion = event(accident.name("FIRM") + " Chemicals", TUESDAY);
        assertThat(outlets(explosion), containsInAnyOrder("Vale Wire", "The River Post", "Radio Vale"));

        Map<String, Object> inspection = event(accident.name("BODY") + " Inspectorate", INSPECTION);
        assertThat(outlets(inspection), containsInAnyOrder("Vale Wire", "The River Post", "Radio Vale"));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) inspection.get("conflicts");
        List<Map<String, Object>> dates = conflicts.stream().filter(c -> c.get("type").equals("DATE")).toList();
        assertThat(dates, hasSize(1));
        assertThat((String) dates.get(0).get("explanation"), containsString("The River Post dates this to 27 August 2026"));
        assertThat(conflicts.stream().map(c -> c.get("type")).toList(), hasItem("CONTRADICTION"));
    }

    private static List<Object> outlets(Map<String, Object> event) {
        return ((List<Map<String, Object>>) event.get("claims")).stream().map(c -> c.get("outlet")).distinct().toList();
    }
}
