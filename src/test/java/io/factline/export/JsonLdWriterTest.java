package io.factline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.claim.Stance;
import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLdWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldDescribeEventsWithDatesPlaceParticipantsAndSources() throws Exception {
        var claim = Fixtures.claim(10, 1, "Wire A", "On Thursday", "2026-01", Stance.ASSERTS);
        JsonNode item = write(Map.of("Ana Ruiz", EntityKind.PERSON),
                Fixtures.event(1, "Talks", "2026-01", List.of(claim), List.of())).at("/itemListElement/0/item");

        assertEquals("Event", item.get("@type").asText());
        assertEquals("2026-01-01", item.get("startDate").asText());
        assertEquals("2026-01-31", item.get("endDate").asText());
        assertEquals("Place", item.at("/location/@type").asText());
        assertEquals("Geneva", item.at("/location/name").asText());
        assertEquals("Person", item.at("/attendee/0/@type").asText());
        assertEquals("Ana Ruiz", item.at("/attendee/0/name").asText());
        assertEquals("https://wire-a.example/10", item.at("/subjectOf/0/url").asText());
        assertEquals("Wire A", item.at("/subjectOf/0/publisher/name").asText());
        assertFalse(item.has("review"));
    }

    @Test
    void shouldReviewEachClaimOfAnOpenConflict() throws Exception {
        var a = Fixtures.claim(10, 1, "Wire A", "On Thursday", "2026-01-22", Stance.ASSERTS);
        var b = Fixtures.claim(11, 1, "Wire B", "On Friday", "2026-01-23", Stance.ASSERTS);
        var c = Fixtures.claim(12, 1, "Wire C", "Some day", null, Stance.ASSERTS);
        JsonNode item = write(Map.of(), Fixtures.event(1, "Talks", "2026-01-22", List.of(a, b, c),
                List.of(Fixtures.openDateConflict(5, 1, 10, 11)))).at("/itemListElement/0/item");

        JsonNode reviews = item.get("review");
        assertEquals(2, reviews.size());
        assertEquals("ClaimReview", reviews.get(0).get("@type").asText());
        assertEquals("On Friday", reviews.get(1).get("claimReviewed").asText());
        assertEquals("Claim", reviews.get(1).at("/itemReviewed/@type").asText());
        assertEquals("https://wire-b.example/11", reviews.get(1).at("/itemReviewed/appearance/url").asText());
        assertEquals("Outlet A and Outlet B give different days", reviews.get(1).get("reviewBody").asText());
        assertEquals("Thing", item.at("/about/0/@type").asText());
    }

    @Test
    void shouldGiveADateTimeAsWritten() throws Exception {
        JsonNode item = write(Map.of(), Fixtures.event(1, "Call", "2026-01-22T16:00Z~")).at("/itemListElement/0/item");
        assertEquals("2026-01-22T16:00Z", item.get("startDate").asText());
        assertFalse(item.has("endDate"));
    }

    private static JsonNode write(Map<String, EntityKind> kinds, io.factline.event.EventView... events) throws Exception {
        Export export = new Export("x", "Timeline", null, List.of(events), kinds);
        JsonNode root = JSON.readTree(new JsonLdWriter().write(export));
        assertEquals("https://schema.org", root.get("@context").asText());
        return root;
    }
}
