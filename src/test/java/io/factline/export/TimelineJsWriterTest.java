package io.factline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.claim.ClaimView;
import io.factline.claim.Rank;
import io.factline.claim.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineJsWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldGiveOnlyTheDatePartsThePrecisionKnows() throws Exception {
        JsonNode events = write(Fixtures.event(1, "Year", "2025"), Fixtures.event(2, "Month", "2025-08"),
                Fixtures.event(3, "Day", "2025-08-15"), Fixtures.event(4, "Time", "2025-08-15T16:30Z"),
                Fixtures.event(5, "Decade", "202X"), Fixtures.event(6, "Range", "2025-06/2025-08-31"),
                Fixtures.event(7, "Undated", null), Fixtures.event(8, "Open start", "../2025-01"));

        assertEquals(6, events.size());
        assertEquals("{\"year\":2025}", events.get(0).get("start_date").toString());
        assertFalse(events.get(0).has("end_date"));
        assertEquals("{\"year\":2025,\"month\":8}", events.get(1).get("start_date").toString());
        assertEquals("{\"year\":2025,\"month\":8,\"day\":15}", events.get(2).get("start_date").toString());
        assertEquals("{\"year\":2025,\"month\":8,\"day\":15,\"hour\":16,\"minute\":30}",
                events.get(3).get("start_date").toString());
        assertEquals("{\"year\":2029}", events.get(4).get("end_date").toString());
        assertEquals("{\"year\":2025,\"month\":6}", events.get(5).get("start_date").toString());
        assertEquals("{\"year\":2025,\"month\":8,\"day\":31}", events.get(5).get("end_date").toString());
        assertEquals("August 2025", events.get(1).get("display_date").asText());
        assertEquals("event-3", events.get(2).get("unique_id").asText());
        assertEquals("meeting", events.get(2).get("group").asText());
    }

    @Test
    void shouldEscapeHtmlInHeadlinesTextAndSources() throws Exception {
        ClaimView claim = new ClaimView(4L, 1L, null, "javascript:alert(1)", "<b>Wire</b>", null,
                "<img src=x onerror=alert(1)>", null, null, Stance.ASSERTS, null, Rank.NORMAL, false, false);
        JsonNode event = write(Fixtures.event(1, "<script>alert('x')</script>", "2026-01-22", List.of(claim),
                List.of())).get(0);

        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", event.at("/text/headline").asText());
        String text = event.at("/text/text").asText();
        assertFalse(text.contains("<img"), text);
        assertFalse(text.contains("<b>"), text);
        assertFalse(text.contains("javascript:"), text);
        assertTrue(text.contains("&lt;img src=x onerror=alert(1)&gt;"), text);
    }

    @Test
    void shouldCreditSourcesWithLinksAndNameOpenConflicts() throws Exception {
        var a = Fixtures.claim(10, 1, "Wire A", "On Thursday", "2026-01-22", Stance.ASSERTS);
        var b = Fixtures.claim(11, 1, "Wire B", "On Friday", "2026-01-23", Stance.ASSERTS);
        JsonNode event = write(Fixtures.event(1, "Meeting", "2026-01-22", List.of(a, b),
                List.of(Fixtures.openDateConflict(3, 1, 10, 11)))).get(0);

        String text = event.at("/text/text").asText();
        assertTrue(text.contains("<a href=\"https://wire-a.example/10\""), text);
        assertTrue(text.contains("Wire B, citing A spokeswoman: “On Friday” (23 January 2026)"), text);
        assertTrue(text.contains("Sources disagree:</strong> Outlet A and Outlet B give different days"), text);
    }

    @Test
    void shouldPutTheTimelineTitleOnTheTitleSlide() throws Exception {
        JsonNode root = JSON.readTree(new TimelineJsWriter().write(
                new Export("x", "Talks & <more>", null, List.of())));
        assertEquals("Talks &amp; &lt;more&gt;", root.at("/title/text/headline").asText());
        assertEquals(0, root.get("events").size());
    }

    private static JsonNode write(io.factline.event.EventView... events) throws Exception {
        return JSON.readTree(new TimelineJsWriter().write(Fixtures.export(events))).get("events");
    }
}
