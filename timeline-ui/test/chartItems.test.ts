import { describe, expect, it } from "vitest";
import { NO_GROUP, toChartItems } from "../src/chartItems";
import { day, event, month } from "./fixtures";

const events = [
  event(1, "Talks announced", month("2026-01", "January 2026", "2026-01-31"), { participants: ["Harbour Union", "Port Authority"], tags: ["talks"] }),
  event(2, "Walkout", day("2026-01-22", "22 January 2026"), { participants: ["Harbour Union"], conflicted: true }),
  event(3, "Rumoured deal", null),
];

describe("chart items", () => {
  it("should chart dated events only, points for days and hatched ranges otherwise", () => {
    const { items, groups } = toChartItems(events, "");
    expect(items.map((i) => [i.id, i.type, i.className])).toEqual([
      ["1", "range", "fl-item fl-uncertain"],
      ["2", "point", "fl-item fl-exact fl-conflicted"],
    ]);
    expect(groups).toEqual([]);
  });

  it("should keep the timeline order for stacking", () => {
    expect(toChartItems(events, "").items.map((i) => i.order)).toEqual([0, 1]);
  });

  it("should repeat an event in each of its entity groups", () => {
    const { items, groups } = toChartItems(events, "entity");
    expect(items.map((i) => i.id)).toEqual(["1::Harbour Union", "1::Port Authority", "2::Harbour Union"]);
    expect(groups.map((g) => g.label)).toEqual(["Harbour Union", "Port Authority"]);
  });

  it("should put untagged events in a last group of their own", () => {
    const { items, groups } = toChartItems(events, "tag");
    expect(items.map((i) => i.group)).toEqual(["talks", NO_GROUP]);
    expect(groups.map((g) => g.label)).toEqual(["talks", NO_GROUP]);
  });
});
