package io.factline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void shouldQuoteCommasQuotesAndLineBreaksAndEndRecordsWithCrlf() throws IOException {
        var claim = Fixtures.claim(7, 1, "Wire A", "He said \"no\",\nthen left", "2026-01-22", Stance.DENIES);
        String csv = new CsvWriter().write(Fixtures.export(
                Fixtures.event(1, "Talks, round two", "2026-01-22", List.of(claim), List.of())));

        assertTrue(csv.startsWith("event_id,event_title,event_date,claim_id,outlet,source_url,attributed_to,"
                + "stance,claim_date,rank,quote,conflicted\r\n"));
        assertTrue(csv.contains("\"Talks, round two\""));
        assertTrue(csv.contains("\"He said \"\"no\"\",\nthen left\""));
        assertTrue(csv.endsWith("\r\n"));
        List<CSVRecord> rows = parse(csv);
        assertEquals(1, rows.size());
        assertEquals("He said \"no\",\nthen left", rows.get(0).get("quote"));
        assertEquals("DENIES", rows.get(0).get("stance"));
        assertEquals("false", rows.get(0).get("conflicted"));
    }

    @Test
    void shouldPrefixCellsThatSpreadsheetsWouldRunAsFormulas() {
        assertEquals("'=HYPERLINK(\"https://evil.example\")", CsvWriter.guard("=HYPERLINK(\"https://evil.example\")"));
        assertEquals("'+1", CsvWriter.guard("+1"));
        assertEquals("'-2+3", CsvWriter.guard("-2+3"));
        assertEquals("'@SUM(A1)", CsvWriter.guard("@SUM(A1)"));
        assertEquals("'\tcmd", CsvWriter.guard("\tcmd"));
        assertEquals("Plain = text", CsvWriter.guard("Plain = text"));
        assertEquals("", CsvWriter.guard(""));
    }

    @Test
    void shouldGuardTitlesAndQuotesInTheOutput() throws IOException {
        var claim = Fixtures.claim(3, 2, "Wire B", "=cmd|' /C calc'!A0", null, Stance.ASSERTS);
        String csv = new CsvWriter().write(Fixtures.export(
                Fixtures.event(2, "@evil title", null, List.of(claim), List.of())));

        CSVRecord row = parse(csv).get(0);
        assertEquals("'@evil title", row.get("event_title"));
        assertEquals("'=cmd|' /C calc'!A0", row.get("quote"));
        assertEquals("", row.get("event_date"));
    }

    @Test
    void shouldWriteOneRowPerClaimAndOneForAnEventWithoutClaims() throws IOException {
        var a = Fixtures.claim(10, 5, "Wire A", "On Thursday", "2026-01-22", Stance.ASSERTS);
        var b = Fixtures.claim(11, 5, "Wire B", "On Friday", "2026-01-23", Stance.ASSERTS);
        String csv = new CsvWriter().write(Fixtures.export(
                Fixtures.event(5, "Meeting", "2026-01-22", List.of(a, b), List.of(Fixtures.openDateConflict(1, 5, 10, 11))),
                Fixtures.event(6, "Rumour", null)));

        List<CSVRecord> rows = parse(csv);
        assertEquals(3, rows.size());
        assertEquals(List.of("10", "11", ""), rows.stream().map(r -> r.get("claim_id")).toList());
        assertEquals(List.of("true", "true", ""), rows.stream().map(r -> r.get("conflicted")).toList());
        assertEquals("6", rows.get(2).get("event_id"));
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }
}
