package io.factline.export;

import io.factline.claim.ClaimView;
import io.factline.event.EventView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per claim, RFC 4180 (Apache Commons CSV: fields with commas, quotes or line breaks are
 * quoted, CRLF between records), with a header row. An event without claims still gets one row,
 * with the claim columns empty. Dates are EDTF values; {@code conflicted} tells whether the claim
 * takes part in an OPEN conflict.
 */
final class CsvWriter implements ExportWriter {

    static final String[] HEADER = {"event_id", "event_title", "event_date", "claim_id", "outlet", "source_url",
            "attributed_to", "stance", "claim_date", "rank", "quote", "conflicted"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    @Override
    public String write(Export export) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (EventView event : export.events()) {
                Set<Long> conflicted = Sources.conflictedClaimIds(event);
                if (event.claims().isEmpty()) {
                    List<String> row = eventCells(event);
                    while (row.size() < HEADER.length) {
                        row.add(null);
                    }
                    printer.printRecord(guard(row));
                }
                for (ClaimView claim : event.claims()) {
                    List<String> row = eventCells(event);
                    row.addAll(Arrays.asList(String.valueOf(claim.id()), claim.outlet(), claim.sourceUrl(),
                            claim.attributedTo(), claim.stance() == null ? null : claim.stance().name(),
                            claim.date() == null ? null : claim.date().value(),
                            claim.rank() == null ? null : claim.rank().name(), claim.quote(),
                            String.valueOf(conflicted.contains(claim.id()))));
                    printer.printRecord(guard(row));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    private static List<String> eventCells(EventView event) {
        List<String> cells = new ArrayList<>(HEADER.length);
        cells.add(String.valueOf(event.id()));
        cells.add(event.title());
        cells.add(event.date() == null ? null : event.date().value());
        return cells;
    }

    private static List<String> guard(List<String> cells) {
        return cells.stream().map(CsvWriter::guard).toList();
    }

    /**
     * Defuses CSV formula injection: a spreadsheet runs a cell that starts with {@code = + - @}
     * (or a tab or carriage return) as a formula, so a quote or title such as
     * {@code =HYPERLINK(...)} could act when an editor opens the file. Such cells get a leading
     * apostrophe, which spreadsheets show as text (OWASP's advice). The cost: a value that
     * legitimately starts with "-" gains the apostrophe too.
     */
    static String guard(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
