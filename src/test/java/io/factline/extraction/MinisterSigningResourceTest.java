package io.factline.extraction;

import static io.factline.extraction.OrganisationNamesResourceTest.event;
import static io.factline.extraction.OrganisationNamesResourceTest.eventOf;
import static io.factline.extraction.OrganisationNamesResourceTest.outlets;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One signing told by its countries and by its ministers (articles under {@code articles/signing}, session 15,
 * s15-parties): a wire says two countries signed a pact on Friday and names one country's minister as her
 * counterpart's; a daily says the two ministers signed it on Thursday. The minister acts for her country
 * ({@link Affiliation}), so the reports share a participant, meet as one signing and disagree on its day.
 * Two other countries' ministers signing a pact in the same city stay a signing of their own.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class MinisterSigningResourceTest {

    @Test
    void shouldMergeAMinistersSigningWithItsCountrysAndFlagTheOtherDay() {
        Scenario s = new Scenario("signing");
        long countries = eventOf(ingest(s.article("wire", "Tidewater Wire", "2039-06-11T08:00:00Z")));

        long ministers = eventOf(ingest(s.article("daily", "Harbour Daily", "2039-06-12T07:00:00Z")));

        assertThat(ministers, equalTo(countries));
        Map<String, Object> signing = event(countries);
        assertThat(outlets(signing), containsInAnyOrder("Tidewater Wire", "Harbour Daily"));
        List<Map<String, Object>> dates = ((List<Map<String, Object>>) signing.get("conflicts")).stream()
                .filter(c -> "DATE".equals(c.get("type"))).toList();
        assertThat(dates, hasSize(1));
    }

    @Test
    void shouldKeepOtherCountriesMinistersSigningApart() {
        Scenario s = new Scenario("signing");
        long countries = eventOf(ingest(s.article("wire", "Tidewater Wire", "2039-06-11T08:00:00Z")));

        long others = eventOf(ingest(s.article("other", "Harbour Daily", "2039-06-12T07:00:00Z")));

        assertThat(others, not(equalTo(countries)));
        assertThat((List<Object>) event(countries).get("conflicts"), hasSize(0));
    }
}
