package io.factline.extraction;

import static io.factline.extraction.OrganisationNamesResourceTest.event;
import static io.factline.extraction.OrganisationNamesResourceTest.eventOf;
import static io.factline.extraction.OrganisationNamesResourceTest.outlets;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One suspension told as the act by a wire ("the panel suspended the sprinter on Tuesday") and as what the panel
 * said that day by a radio ("the panel said on Tuesday that she had been suspended"), articles under
 * {@code articles/panel-suspension} (session 16, s16-merge, {@link ReportedAct}). Before, the radio's report was a
 * statement of its own, apart from the act. The panel's statement three days later stays a statement: dated when
 * it was said, it would disagree with the act's day.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class PanelSuspensionResourceTest {

    @Test
    void shouldMergeTheActAndWhatWasSaidOfItThatDay() {
        Scenario s = new Scenario("panel-suspension");
        long suspended = eventOf(ingest(s.article("wire", "Track Wire", "2041-03-12T18:00:00Z")));

        long said = eventOf(ingest(s.article("radio", "Stadium Radio", "2041-03-12T20:00:00Z")));

        assertThat(said, equalTo(suspended));
        Map<String, Object> suspension = event(suspended);
        assertThat(outlets(suspension), containsInAnyOrder("Track Wire", "Stadium Radio"));
        assertThat(((Map<String, Object>) suspension.get("date")).get("value"), equalTo("2041-03-12"));
        assertThat((List<Object>) suspension.get("conflicts"), empty());
    }

    @Test
    void shouldKeepAStatementMadeDaysLaterApartWithoutADateConflict() {
        Scenario s = new Scenario("panel-suspension");
        long suspended = eventOf(ingest(s.article("wire", "Track Wire", "2041-03-12T18:00:00Z")));

        JsonPath weekly = ingest(s.article("weekly", "Athletics Weekly", "2041-03-16T09:00:00Z"));

        assertThat(weekly.getList("events.id", Long.class), not(org.hamcrest.Matchers.hasItem(suspended)));
        Map<String, Object> suspension = event(suspended);
        assertThat(outlets(suspension), containsInAnyOrder("Track Wire"));
        assertThat((List<Object>) suspension.get("conflicts"), empty());
    }
}
