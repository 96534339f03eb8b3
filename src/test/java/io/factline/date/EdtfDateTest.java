package io.factline.date;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EdtfDateTest {

    private static void assertSpan(String value, Precision precision, String start, String end) {
        EdtfDate date = EdtfDate.parse(value);
        assertAll(value,
                () -> assertEquals(value, date.value()),
                () -> assertEquals(precision, date.precision()),
                () -> assertEquals(start == null ? null : LocalDate.parse(start), date.start()),
                () -> assertEquals(end == null ? null : LocalDate.parse(end), date.end()));
    }

    private static String reason(String value) {
        return assertThrows(InvalidDateException.class, () -> EdtfDate.parse(value)).getMessage();
    }

    @Nested
    class Parsing {

        @ParameterizedTest
        @CsvSource({
                "2026,       YEAR,    2026-01-01, 2026-12-31",
                "0001,       YEAR,    0001-01-01, 0001-12-31",
                "2026-01,    MONTH,   2026-01-01, 2026-01-31",
                "2024-02,    MONTH,   2024-02-01, 2024-02-29",
                "2026-01-22, DAY,     2026-01-22, 2026-01-22",
                "2024-02-29, DAY,     2024-02-29, 2024-02-29",
                "202X,       DECADE,  2020-01-01, 2029-12-31",
                "199X,       DECADE,  1990-01-01, 1999-12-31",
                "20XX,       CENTURY, 2000-01-01, 2099-12-31",
                "2026-XX,    YEAR,    2026-01-01, 2026-12-31",
                "2026-XX-XX, YEAR,    2026-01-01, 2026-12-31",
                "2026-01-XX, MONTH,   2026-01-01, 2026-01-31",
        })
        void shouldParseLevelZeroAndUnspecifiedDigits(String value, Precision precision, String start,
                                                      String end) {
            assertSpan(value, precision, start, end);
        }

        @ParameterizedTest
        @CsvSource({
                "2026-21, 2026-03-01, 2026-05-31",
                "2026-22, 2026-06-01, 2026-08-31",
                "2026-23, 2026-09-01, 2026-11-30",
                "2026-24, 2026-12-01, 2027-02-28",
                "2027-24, 2027-12-01, 2028-02-29",
        })
        void shouldParseSeasonsAsNorthernMeteorologicalSeasons(String value, String start, String end) {
            assertSpan(value, Precision.SEASON, start, end);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "2026-01-22T16:00Z", "2026-01-22T16:00:00+01:00", "2026-01-22T16:00",
                "2026-01-22T23:59:59-05:00", "2026-01-22T00:00+05"})
        void shouldCoverTheWrittenDayForDateTimes(String value) {
            assertSpan(value, Precision.TIME, "2026-01-22", "2026-01-22");
        }

        @Test
        void shouldNotShiftADateTimeToUtc() {
            assertSpan("2026-01-22T23:30-05:00", Precision.TIME, "2026-01-22", "2026-01-22");
        }

        @ParameterizedTest
        @CsvSource({
                "2026-01~, true,  false",
                "2026-01?, false, true",
                "2026-01%, true,  true",
                "2026-01,  false, false",
        })
        void shouldReadQualifiers(String value, boolean approximate, boolean uncertain) {
            EdtfDate date = EdtfDate.parse(value);
            assertAll(
                    () -> assertEquals(approximate, date.approximate()),
                    () -> assertEquals(uncertain, date.uncertain()),
                    () -> assertEquals(Precision.MONTH, date.precision()),
                    () -> assertEquals(LocalDate.of(2026, 1, 31), date.end()));
        }

        @Test
        void shouldStripSurroundingWhitespace() {
            assertEquals("2026-01-22", EdtfDate.parse("  2026-01-22\n").value());
        }
    }

    @Nested
    class Intervals {

        @ParameterizedTest
        @CsvSource({
                "2026-01-02/2026-01-19, 2026-01-02, 2026-01-19",
                "2026-01/2026-01-15,    2026-01-01, 2026-01-15",
                "2026-01-15/2026-01,    2026-01-15, 2026-01-31",
                "2025/2026-22,          2025-01-01, 2026-08-31",
                "202X/2031,             2020-01-01, 2031-12-31",
                "2026-01-22T09:00Z/2026-01-22T17:00Z, 2026-01-22, 2026-01-22",
                "2026-01-22/2026-01-22, 2026-01-22, 2026-01-22",
                "../2026-01-20,         ,           2026-01-20",
                "/2026-01-20,           ,           2026-01-20",
                "2026-01-01/..,         2026-01-01, ",
                "2026-01-01/,           2026-01-01, ",
        })
        void shouldParseIntervals(String value, String start, String end) {
            assertSpan(value, Precision.INTERVAL, start, end);
        }

        @Test
        void shouldCarryQualifiersOfEitherSide() {
            EdtfDate date = EdtfDate.parse("2026-01~/2026-03?");
            assertTrue(date.approximate());
            assertTrue(date.uncertain());
        }

        @Test
        void shouldCarryAQualifierOnAnOpenInterval() {
            assertTrue(EdtfDate.parse("../2026-01-20~").approximate());
        }

        @Test
        void shouldAcceptDateTimesInDifferentOffsetsInOrder() {
            assertSpan("2026-01-22T16:00+03:00/2026-01-22T14:00Z", Precision.INTERVAL,
                    "2026-01-22", "2026-01-22");
        }
    }

    @Nested
    class Rejection {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "2026-02-30 | February 2026 has 28 days",
                "2024-02-30 | February 2024 has 29 days",
                "2026-04-31 | April 2026 has 30 days",
                "2026-01-00 | day 00 does not exist",
                "2026-13    | month 13 does not exist (months are 01–12, seasons 21–24)",
                "2026-00    | month 00 does not exist (months are 01–12, seasons 21–24)",
                "2026-20    | month 20 does not exist (months are 01–12, seasons 21–24)",
                "2026-25    | season 25 (EDTF level 2) is not supported",
                "2026-21-05 | a season (21–24) cannot have a day",
                "0000       | years before 0001 are not supported",
                "-0044      | negative years (before year 1) are not supported",
                "Y170000002 | Y-prefixed years (beyond 9999 or before year 1) are not supported",
                "2XXX       | only the last one or two digits of a year may be unspecified",
                "XXXX       | only the last one or two digits of a year may be unspecified",
                "2X26       | only the last one or two digits of a year may be unspecified",
                "202X-01    | a month or day cannot follow a year with unspecified digits",
                "2026-XX-22 | a day cannot follow an unspecified month (XX)",
                "2026-1X    | a month is either given (01–12) or unspecified as a whole (XX)",
                "2026-01-2X | a day is either given (01–31) or unspecified as a whole (XX)",
                "2026-01-22T24:00Z | the time 24:00 does not exist",
                "2026-01-22T16:60Z | the time 16:60 does not exist",
                "2026-01-22T16:00+19:00 | the offset +19:00 does not exist",
                "2026-02-30T16:00Z | February 2026 has 28 days",
                "2026~~     | a qualifier (~, ? or %) goes once, at the end of a date",
                "2026?-01   | a qualifier (~, ? or %) goes once, at the end of a date",
                "~          | a qualifier (~, ? or %) needs a date before it",
                "[2026,2027] | sets of dates (EDTF level 2) are not supported",
                "../..      | an interval needs at least one known side",
                "/          | an interval needs at least one known side",
                "2026/2027/2028 | an interval has exactly one '/'",
                "2026-01-20/2026-01-01 | the interval ends (1 January 2026) before it starts (20 January 2026)",
                "2026-02/2026-01-20 | the interval ends (20 January 2026) before it starts (February 2026)",
                "2026-01-22T17:00Z/2026-01-22T09:00Z | the interval ends (22 January 2026, 09:00 UTC) before",
                "2026-01-22T17:00/2026-01-22T09:00 | the interval ends (22 January 2026, 09:00) before",
                "2026-02-30/2026-03 | February 2026 has 28 days",
                "9999-24    | winter 9999 runs past the last supported year",
        })
        void shouldExplainWhatIsWrong(String value, String reason) {
            String message = reason(value);
            assertTrue(message.startsWith("'" + value + "' is not a valid EDTF date: " + reason),
                    message);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "garbage", "22 January 2026", "2026-1-22", "26-01-22", "20260122", "2026-01-22T16",
                "2026-01-22 16:00", "2026-01-22t16:00z", "202x", "2026-01-22T16:00:00.5Z", "..",
                "2026-01/..~", "2026-01-22/x"})
        void shouldListTheAcceptedFormsForGarbage(String value) {
            assertTrue(reason(value).contains("expected a form such as 2026, 2026-01, 2026-01-22"));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void shouldRejectMissingValues(String value) {
            InvalidDateException e =
                    assertThrows(InvalidDateException.class, () -> EdtfDate.parse(value));
            assertTrue(e.reason().equals("no value given") || e.reason().equals("the value is empty"),
                    e.getMessage());
        }

        @Test
        void shouldExposeValueAndReasonSeparately() {
            InvalidDateException e =
                    assertThrows(InvalidDateException.class, () -> EdtfDate.parse("2026-13"));
            assertEquals("2026-13", e.value());
            assertTrue(e.reason().startsWith("month 13 does not exist"));
            assertTrue(e instanceof IllegalArgumentException);
        }

        @Test
        void shouldRefuseToConstructARecordThatEndsBeforeItStarts() {
            assertThrows(IllegalArgumentException.class, () -> new EdtfDate("x", Precision.DAY,
                    LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1), false, false));
        }
    }

    @Nested
    class Display {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "2026                       | 2026",
                "2026-01                    | January 2026",
                "2026-01-22                 | 22 January 2026",
                "2026-01-05                 | 5 January 2026",
                "2026-01-22T16:00Z          | 22 January 2026, 16:00 UTC",
                "2026-01-22T16:00:00Z       | 22 January 2026, 16:00 UTC",
                "2026-01-22T16:00:30Z       | 22 January 2026, 16:00:30 UTC",
                "2026-01-22T16:00+00:00     | 22 January 2026, 16:00 UTC",
                "2026-01-22T16:00:00+01:00  | 22 January 2026, 16:00 UTC+01:00",
                "2026-01-22T16:00-05        | 22 January 2026, 16:00 UTC-05:00",
                "2026-01-22T16:00           | 22 January 2026, 16:00",
                "202X                       | the 2020s",
                "200X                       | the 2000s",
                "20XX                       | 2000–2099",
                "2026-XX                    | 2026",
                "2026-01-XX                 | January 2026",
                "2026-21                    | spring 2026",
                "2026-22                    | summer 2026",
                "2026-23                    | autumn 2026",
                "2026-24                    | winter 2026–27",
                "2099-24                    | winter 2099–00",
                "2025-08~                   | about August 2025",
                "2025-08?                   | August 2025?",
                "2025-08%                   | about August 2025?",
        })
        void shouldDisplaySingleDates(String value, String display) {
            assertEquals(display, EdtfDate.parse(value).display());
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "2026-01-01/2026-01-20 | 1–20 January 2026",
                "2026-01-20/2026-02-03 | 20 January – 3 February 2026",
                "2025-12-20/2026-01-03 | 20 December 2025 – 3 January 2026",
                "2026-01/2026-03       | January–March 2026",
                "2025-11/2026-03       | November 2025 – March 2026",
                "2024/2026             | 2024–2026",
                "2026-01/2026-01-20    | January 2026 – 20 January 2026",
                "2026-01-22/2026-01-22 | 22 January 2026",
                "2026-01-22T09:00Z/2026-01-22T17:00Z | 22 January 2026, 09:00 UTC – 22 January 2026, 17:00 UTC",
                "2026-01-01~/2026-01-20 | about 1 January 2026 – 20 January 2026",
                "2026-01-01/2026-01-20? | 1 January 2026 – 20 January 2026?",
                "../2026-01-20         | until 20 January 2026",
                "/2026-01-20           | until 20 January 2026",
                "2026-01-01/..         | from 1 January 2026",
                "2026-01-01/           | from 1 January 2026",
                "../2026~              | until about 2026",
        })
        void shouldDisplayIntervals(String value, String display) {
            assertEquals(display, EdtfDate.parse(value).display());
        }
    }

    @Nested
    class Comparison {

        private boolean overlaps(String a, String b) {
            boolean forward = EdtfDate.parse(a).overlaps(EdtfDate.parse(b));
            assertEquals(forward, EdtfDate.parse(b).overlaps(EdtfDate.parse(a)), "symmetric");
            return forward;
        }

        @ParameterizedTest
        @CsvSource({
                "2026-01,               2026-01-22",
                "2026-01-22,            2026-01-22T16:00Z",
                "2026,                  2026-24",
                "2026-24,               2027-02-28",
                "202X,                  2026-01",
                "2026-01-02/2026-01-20, 2026-01-20",
                "../2026-01-20,         1999",
                "2026-01-01/..,         2999-05",
                "../2026-01-20,         2026-01-01/..",
        })
        void shouldOverlapWhenSharingADay(String a, String b) {
            assertTrue(overlaps(a, b));
        }

        @ParameterizedTest
        @CsvSource({
                "2026-01-22,            2026-01-23",
                "2026-01,               2026-02-01",
                "2026-24,               2027-03",
                "2026-01-01/2026-01-20, 2026-01-21",
                "../2026-01-20,         2026-01-21/..",
        })
        void shouldNotOverlapWithoutACommonDay(String a, String b) {
            assertFalse(overlaps(a, b));
        }

        @Test
        void shouldCoverOnlyWhatLiesWithin() {
            EdtfDate january = EdtfDate.parse("2026-01");
            assertTrue(january.covers(EdtfDate.parse("2026-01-22")));
            assertTrue(january.covers(january));
            assertFalse(EdtfDate.parse("2026-01-22").covers(january));
            assertTrue(EdtfDate.parse("../2026-01-31").covers(january));
            assertFalse(january.covers(EdtfDate.parse("2026-01-20/2026-02-02")));
        }

        @ParameterizedTest
        @CsvSource({
                "2026-01-22,        1",
                "2026-01-22T16:00Z, 1",
                "2026-02,           28",
                "2026,              365",
                "2024,              366",
                "2026-24,           90",
                "202X,              3653",
                "2026-01-01/2026-01-20, 20",
        })
        void shouldCountDaysCovered(String value, long days) {
            assertEquals(days, EdtfDate.parse(value).days());
        }

        @Test
        void shouldTreatOpenIntervalsAsUnboundedInDaysAndSortKeys() {
            EdtfDate until = EdtfDate.parse("../2026-01-20");
            EdtfDate from = EdtfDate.parse("2026-01-01/..");
            assertAll(
                    () -> assertEquals(Long.MAX_VALUE, until.days()),
                    () -> assertEquals(Long.MAX_VALUE, from.days()),
                    () -> assertEquals(LocalDate.of(1, 1, 1), until.sortStart()),
                    () -> assertEquals(LocalDate.of(2026, 1, 20), until.sortEnd()),
                    () -> assertEquals(LocalDate.of(2026, 1, 1), from.sortStart()),
                    () -> assertEquals(LocalDate.of(9999, 12, 31), from.sortEnd()),
                    () -> assertNull(until.start()),
                    () -> assertNull(from.end()));
        }

        @Test
        void shouldUseBoundsAsSortKeysWhenClosed() {
            EdtfDate date = EdtfDate.parse("2025-08");
            assertEquals(LocalDate.of(2025, 8, 1), date.sortStart());
            assertEquals(LocalDate.of(2025, 8, 31), date.sortEnd());
        }

        @Test
        void shouldBeEqualWhenParsedFromTheSameValue() {
            assertEquals(EdtfDate.parse("2026-01~"), EdtfDate.parse("2026-01~"));
            assertEquals("2026-01~", EdtfDate.parse("2026-01~").toString());
        }
    }
}
