package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.event;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three outlets on one diplomatic row (articles under {@code articles/expulsion}): a wire's "expelled
 * the ambassador … on Monday", a newspaper's "declared him persona non grata on Sunday" (a day off),
 * a radio's "the ambassador ordered out on Monday"; and the other country's answer two days later,
 * "retaliated by expelling three diplomats" / "expelled three diplomats", which is another expulsion
 * with both countries in it, not a date disagreement about the first.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class ExpulsionResourceTest {

    @Test
    void shouldMergeEveryWordingOfTheExpulsionFlagTheNewspapersDayAndKeepTheAnswerApart() {
        Scenario row = new Scenario("expulsion");
        ingest(row.article("wire", "Lakeside Wire", "2026-03-03T08:00:00Z"));
        ingest(row.article("daily", "The Morning Courier", "2026-03-04T19:00:00Z"));
        ingest(row.article("radio", "Lakeside Radio", "2026-03-06T12:00:00Z"));

        Map<String, Object> expulsion = event("Olaf " + row.name("ENVOY"), "2026-03-02");

        assertThat(expulsion.get("kind"), equalTo(EventKinds.EXPULSION));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) expulsion.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Lakeside Wire", "The Morning Courier", "Lakeside Radio"));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) expulsion.get("conflicts");
        assertThat(conflicts, hasSize(1));
        assertThat(conflicts.get(0).get("type"), equalTo("DATE"));
        assertThat((String) conflicts.get(0).get("explanation"), containsString("The Morning Courier dates this to 1 March 2026"));

        Map<String, Object> answer = event(row.name("HOME"), "2026-03-04");

        assertThat(answer.get("kind"), equalTo(EventKinds.EXPULSION));
        assertThat(((List<Map<String, Object>>) answer.get("claims")).stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("The Morning Courier", "Lakeside Radio"));
        assertThat((List<Object>) answer.get("conflicts"), empty());
    }
}
