import type { DateView } from "./types";

/** Where an event sits on the chart: a point for a single day, otherwise a range that reads as uncertain. */
export interface ChartSpan {
  start: Date;
  end: Date | null;
  kind: "point" | "range";
}

const PRECISION_NAMES: Record<string, string> = {
  SECOND: "exact time",
  MINUTE: "exact time",
  HOUR: "exact time",
  TIME: "exact time",
  DAY: "exact day",
  MONTH: "month",
  SEASON: "season",
  QUARTER: "quarter",
  YEAR: "year",
  DECADE: "decade",
  CENTURY: "century",
  INTERVAL: "interval",
};

/** The human wording of a date as the server formatted it, with `undated` for events without one. */
export function dateText(date: DateView | null | undefined): string {
  if (!date) return "Undated";
  return date.display || date.value;
}

/** "month precision", "exact day", plus "approximate"/"uncertain" qualifiers, for the detail panel and list. */
export function precisionText(date: DateView | null | undefined): string {
  if (!date) return "no date given by any source";
  const name = PRECISION_NAMES[date.precision?.toUpperCase()] ?? date.precision?.toLowerCase() ?? "unknown";
  const base = name.startsWith("exact") ? name : `${name} precision`;
  const qualifiers = [date.approximate ? "approximate" : null, date.uncertain ? "uncertain" : null].filter(Boolean);
  return qualifiers.length ? `${base}, ${qualifiers.join(" and ")}` : base;
}

/** True when the date pins a single day and no source hedges it. */
export function isExactDay(date: DateView | null | undefined): boolean {
  return Boolean(date && date.start && date.end && day(date.start) === day(date.end) && !date.approximate && !date.uncertain);
}

/**
 * The chart placement of a date. A date whose start and end fall on the same day is a point; anything
 * wider (month, year, season, interval) is a range over its whole extent, ending after its last day
 * because the API's `end` is inclusive. Open intervals collapse to their known bound.
 */
export function chartSpan(date: DateView | null | undefined): ChartSpan | null {
  if (!date) return null;
  const start = date.start ? parseDay(date.start) : null;
  const end = date.end ? parseDay(date.end) : null;
  if (!start && !end) return null;
  if (!start || !end) return { start: (start ?? end)!, end: null, kind: "point" };
  if (day(date.start!) === day(date.end!)) return { start, end: null, kind: "point" };
  return { start, end: addDays(end, 1), kind: "range" };
}

/** A local-midnight Date for "YYYY-MM-DD" (a time part, if any, is ignored). */
export function parseDay(iso: string): Date | null {
  const match = /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const result = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  result.setFullYear(Number(match[1]));
  return result;
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  const result = new Date(date);
  result.setDate(result.getDate() + days);
  return result;
}
