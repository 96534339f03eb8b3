package io.factline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.factline.common.ProblemException;
import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void shouldReadFormatNamesCaseInsensitively() {
        assertEquals(ExportFormat.TIMELINEJS, ExportFormat.of(" TimelineJS "));
        assertEquals(ExportFormat.ICS, ExportFormat.of("ics"));
    }

    @Test
    void shouldNameTheAllowedValuesForAnUnknownOrMissingFormat() {
        ProblemException unknown = assertThrows(ProblemException.class, () -> ExportFormat.of("xlsx"));
        assertEquals(400, unknown.status());
        assertEquals("format: must be one of timelinejs, csv, ics, jsonld", unknown.getMessage());
        assertThrows(ProblemException.class, () -> ExportFormat.of(null));
    }
}
