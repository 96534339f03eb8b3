package io.factline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    private final IcsWriter writer = new IcsWriter(Instant.parse("2026-02-01T10:15:30.123Z"));

    @Test
    void shouldEscapeBackslashSemicolonCommaAndNewlines() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf", IcsWriter.text("a\\b;c,d\ne\r\nf"));
    }

    @Test
    void shouldFoldLinesAtSeventyFiveOctetsWithoutSplittingCharacters() {
        String line = "SUMMARY:" + "é".repeat(100);
        String folded = IcsWriter.fold(line);

        for (String part : folded.split("\r\n")) {
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part);
        }
        assertEquals(line, folded.replace("\r\n ", ""));
        assertEquals("SHORT:line", IcsWriter.fold("SHORT:line"));
    }

    @Test
    void shouldWriteAllDayEventsWithExclusiveEndForDaysMonthsAndYears() {
        String ics = writer.write(Fixtures.export(
                Fixtures.event(1, "A day", "2026-01-22"),
                Fixtures.event(2, "A month", "2026-02"),
                Fixtures.event(3, "A year", "2025")));

        List<String> lines = unfold(ics);
        assertTrue(lines.containsAll(List.of("UID:event-1@factline", "DTSTART;VALUE=DATE:20260122",
                "DTEND;VALUE=DATE:20260123", "DTSTART;VALUE=DATE:20260201", "DTEND;VALUE=DATE:20260301",
                "DTSTART;VALUE=DATE:20250101", "DTEND;VALUE=DATE:20260101", "DTSTAMP:20260201T101530Z")));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "bare LF in the output");
    }

    @Test
    void shouldWriteDateTimesInUtcAndLeaveOutUndatedAndOpenEvents() {
        String ics = writer.write(Fixtures.export(
                Fixtures.event(1, "Call", "2026-01-22T16:00+02:00"),
                Fixtures.event(2, "Floating", "2026-01-22T09:30"),
                Fixtures.event(3, "Undated", null),
                Fixtures.event(4, "Since 2014", "2014/..")));

        List<String> lines = unfold(ics);
        assertTrue(lines.contains("DTSTART:20260122T140000Z"));
        assertTrue(lines.contains("DTSTART:20260122T093000"));
        assertEquals(2, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        assertFalse(ics.contains("event-3@"));
    }

    @Test
    void shouldCreditSourcesInTheDescription() {
        var claim = Fixtures.claim(9, 1, "Wire C", "It happened; twice, maybe", "2026-01-22", Stance.ASSERTS);
        String ics = writer.write(Fixtures.export(Fixtures.event(1, "Summit", "2026-01-22", List.of(claim), List.of())));

        String description = unfold(ics).stream().filter(l -> l.startsWith("DESCRIPTION:")).findFirst().orElseThrow();
        assertTrue(description.contains("Wire C\\, citing A spokeswoman: “It happened\\; twice\\, maybe”"), description);
        assertTrue(description.contains("https://wire-c.example/9"), description);
    }

    static List<String> unfold(String ics) {
        return List.of(ics.replace("\r\n ", "").split("\r\n"));
    }
}
