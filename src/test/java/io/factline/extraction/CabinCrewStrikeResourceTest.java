package io.factline.extraction;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three outlets on one cabin-crew strike (articles under {@code articles/cabin-strike}, session 13): the
 * union says crews "will stop work" from Thursday, a paper says they "walked off the job" on Thursday, and
 * a trade paper, inside the airline's denial of hiring strike cover, says the strike "began on Wednesday".
 * The first two wordings are one strike ({@link WorkStoppage}); the trade paper's aside is asserted, not
 * denied ({@link AsideOutOfDenial}): the airline denies only the hiring.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class CabinCrewStrikeResourceTest {

    private static final String STRIKE_DAY = "2033-04-07";

    @Test
    void shouldMergeTwoWordingsOfTheStrikeAndLeaveTheAsideInsideADenialAsserted() {
        Scenario strike = new Scenario("cabin-strike");
        PortDisputeResourceTest.ingest(strike.article("wire", "Tidewater Wire", "2033-04-05T10:00:00Z"));
        PortDisputeResourceTest.ingest(strike.article("paper", "Holmstad Evening News", "2033-04-07T17:00:00Z"));
        JsonPath trade = PortDisputeResourceTest.ingest(strike.article("trade", "Cabin Trade Weekly", "2033-04-08T12:00:00Z"));

        Map<String, Object> event = PortDisputeResourceTest.event(strike.name("CARRIER") + " Airways", STRIKE_DAY);

        assertThat(event.get("kind"), equalTo("strike"));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) event.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                hasItems("Tidewater Wire", "Holmstad Evening News"));
        assertThat(trade.getList("claims.stance", String.class), hasItems("DENIES", "ASSERTS"));
    }
}
