import { describe, expect, it } from "vitest";
import { chartSpan, dateText, isExactDay, parseDay, precisionText } from "../src/dates";
import type { DateView } from "../src/types";
import { day, month } from "./fixtures";

const interval: DateView = {
  value: "2026-01-01/2026-01-20",
  precision: "INTERVAL",
  start: "2026-01-01",
  end: "2026-01-20",
  display: "1 – 20 January 2026",
  approximate: false,
  uncertain: false,
};

describe("date display", () => {
  it("should show the server's wording and say undated for no date", () => {
    expect(dateText(month("2025-08", "August 2025", "2025-08-31"))).toBe("August 2025");
    expect(dateText({ ...day("2026-01-22", ""), display: "" })).toBe("2026-01-22");
    expect(dateText(null)).toBe("Undated");
  });

  it("should name the precision and the qualifiers", () => {
    expect(precisionText(day("2026-01-22", "22 January 2026"))).toBe("exact day");
    expect(precisionText(month("2025-08", "August 2025", "2025-08-31"))).toBe("month precision");
    expect(precisionText({ ...month("2025-08", "August 2025", "2025-08-31"), approximate: true, uncertain: true })).toBe("month precision, approximate and uncertain");
    expect(precisionText(interval)).toBe("interval precision");
    expect(precisionText(null)).toBe("no date given by any source");
  });

  it("should call only an unqualified single day exact", () => {
    expect(isExactDay(day("2026-01-22", "22 January 2026"))).toBe(true);
    expect(isExactDay({ ...day("2026-01-22", "22 January 2026"), approximate: true })).toBe(false);
    expect(isExactDay(month("2026-01", "January 2026", "2026-01-31"))).toBe(false);
  });
});

describe("chart placement", () => {
  it("should place a day as a point", () => {
    expect(chartSpan(day("2026-01-22", "22 January 2026"))).toEqual({ start: new Date(2026, 0, 22), end: null, kind: "point" });
  });

  it("should place a time of day as a point on that day", () => {
    const timed: DateView = { ...day("2026-01-22T16:00Z", "22 January 2026, 16:00"), precision: "MINUTE", start: "2026-01-22T16:00Z", end: "2026-01-22T16:00Z" };
    expect(chartSpan(timed)?.kind).toBe("point");
  });

  it("should span a month up to the day after its inclusive end", () => {
    expect(chartSpan(month("2025-08", "August 2025", "2025-08-31"))).toEqual({ start: new Date(2025, 7, 1), end: new Date(2025, 8, 1), kind: "range" });
  });

  it("should span an interval over both of its days", () => {
    expect(chartSpan(interval)).toEqual({ start: new Date(2026, 0, 1), end: new Date(2026, 0, 21), kind: "range" });
  });

  it("should collapse an open interval to its known bound", () => {
    expect(chartSpan({ ...interval, value: "../2026-01-20", start: null })).toEqual({ start: new Date(2026, 0, 20), end: null, kind: "point" });
  });

  it("should leave undated events off the chart", () => {
    expect(chartSpan(null)).toBeNull();
    expect(chartSpan({ ...interval, start: null, end: null })).toBeNull();
  });

  it("should parse only ISO days", () => {
    expect(parseDay("0099-03-04")?.getFullYear()).toBe(99);
    expect(parseDay("yesterday")).toBeNull();
  });
});
