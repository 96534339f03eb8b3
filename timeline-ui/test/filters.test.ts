import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, parseFilters, parseRoute, toApiQuery, toSearch, toUrl, type FilterState } from "../src/filters";

const full: FilterState = {
  entity: "Port Authority",
  tag: "strike & lockout",
  q: "ferry",
  from: "2026-01",
  to: "2026-02-15",
  conflicted: true,
  timeline: "",
  group: "entity",
  event: "42",
};

describe("filter state in the URL", () => {
  it("should survive a round trip through the query string", () => {
    expect(parseFilters(toSearch(full))).toEqual(full);
    const named = { ...EMPTY_FILTERS, timeline: "ferry-strike", group: "tag" as const };
    expect(parseFilters(toSearch(named))).toEqual(named);
  });

  it("should write the default view as an empty query", () => {
    expect(toSearch(EMPTY_FILTERS)).toBe("");
    expect(parseFilters("")).toEqual(EMPTY_FILTERS);
  });

  it("should write keys in a fixed order so equal states share a URL", () => {
    expect(toSearch({ ...EMPTY_FILTERS, to: "2026", entity: "Harbour", conflicted: true })).toBe("?entity=Harbour&to=2026&conflicted=true");
  });

  it("should ignore unknown groupings and trim values", () => {
    const state = parseFilters("?group=weekday&entity=%20Harbour%20&conflicted=1");
    expect(state.group).toBe("");
    expect(state.entity).toBe("Harbour");
    expect(state.conflicted).toBe(true);
  });

  it("should keep only server filters in the API query", () => {
    expect(toApiQuery(full)).toEqual({ entity: "Port Authority", tag: "strike & lockout", q: "ferry", from: "2026-01", to: "2026-02-15", conflicted: true });
    expect(toApiQuery(EMPTY_FILTERS)).toEqual({ entity: null, tag: null, q: null, from: null, to: null, conflicted: false });
  });
});

describe("routes", () => {
  it("should read a named timeline embed from the path", () => {
    expect(parseRoute("/embed/ferry%20strike", "?event=3")).toEqual({ page: "embed", filters: { ...EMPTY_FILTERS, timeline: "ferry strike", event: "3" } });
  });

  it("should read an ad-hoc embed from the query", () => {
    const route = parseRoute("/embed/", "?entity=Harbour");
    expect(route.page).toBe("embed");
    expect(route.filters.entity).toBe("Harbour");
  });

  it("should tell the ingest page from the timeline", () => {
    expect(parseRoute("/ingest", "").page).toBe("ingest");
    expect(parseRoute("/", "?q=ferry").page).toBe("timeline");
    expect(parseRoute("/embedded", "").page).toBe("timeline");
  });

  it("should build URLs that parse back to the same route", () => {
    const embed = { ...EMPTY_FILTERS, timeline: "ferry strike", event: "3" };
    expect(toUrl("embed", embed)).toBe("/embed/ferry%20strike?event=3");
    const [path, search] = toUrl("embed", embed).split("?");
    expect(parseRoute(path, `?${search}`)).toEqual({ page: "embed", filters: embed });
    expect(toUrl("timeline", full)).toBe(`/${toSearch(full)}`);
    expect(toUrl("ingest", EMPTY_FILTERS)).toBe("/ingest");
  });
});
