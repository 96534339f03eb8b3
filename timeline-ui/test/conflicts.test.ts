import { describe, expect, it } from "vitest";
import { conflictTitle, disagreement, hasOpenConflict } from "../src/conflicts";
import { claim, conflict, day, event } from "./fixtures";

describe("conflict wording", () => {
  const claims = [
    claim(1, "Harbour Wire", day("2026-01-23", "23 January 2026")),
    claim(2, "Daily Ledger", day("2026-01-22", "22 January 2026")),
    claim(3, "North Post", day("2026-01-22", "22 January 2026")),
    claim(4, "Unrelated Gazette", day("2026-01-25", "25 January 2026")),
  ];

  it("should group the sources of a date conflict by the day they give", () => {
    expect(disagreement(conflict([1, 2, 3]), claims)).toBe("Harbour Wire: 23 January 2026; Daily Ledger, North Post: 22 January 2026");
  });

  it("should group the sources of a contradiction by stance", () => {
    const contradicting = [claim(1, "Harbour Wire", null), claim(2, "Daily Ledger", null, { stance: "DENIES" })];
    expect(disagreement(conflict([1, 2], { type: "CONTRADICTION" }), contradicting)).toBe("asserts: Harbour Wire; denies: Daily Ledger");
  });

  it("should name the conflict type in words", () => {
    expect(conflictTitle(conflict([1]))).toBe("Sources disagree on the date");
    expect(conflictTitle(conflict([1], { type: "CONTRADICTION" }))).toBe("Sources contradict each other");
  });

  it("should mark an event with an open conflict but not one whose conflicts are settled", () => {
    expect(hasOpenConflict(event(1, "A", null, { conflicted: true }))).toBe(true);
    expect(hasOpenConflict(event(1, "A", null, { conflicts: [conflict([1], { status: "RESOLVED" })] }))).toBe(false);
  });
});
