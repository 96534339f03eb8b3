import type { TimelineQueryWithFlags } from "./api";

export type GroupBy = "" | "entity" | "tag";

/** Everything that decides what the view shows; it lives in the URL so a view can be shared. */
export interface FilterState {
  entity: string;
  tag: string;
  q: string;
  from: string;
  to: string;
  conflicted: boolean;
  timeline: string;
  group: GroupBy;
  event: string;
}

export type Page = "timeline" | "embed" | "ingest";

export interface Route {
  page: Page;
  filters: FilterState;
}

export const EMPTY_FILTERS: FilterState = {
  entity: "",
  tag: "",
  q: "",
  from: "",
  to: "",
  conflicted: false,
  timeline: "",
  group: "",
  event: "",
};

const TEXT_KEYS = ["timeline", "entity", "tag", "q", "from", "to"] as const;

export function parseFilters(search: string | URLSearchParams): FilterState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const state: FilterState = { ...EMPTY_FILTERS };
  for (const key of TEXT_KEYS) state[key] = (params.get(key) ?? "").trim();
  state.conflicted = ["true", "1", "yes"].includes((params.get("conflicted") ?? "").toLowerCase());
  const group = params.get("group") ?? "";
  state.group = group === "entity" || group === "tag" ? group : "";
  state.event = (params.get("event") ?? "").trim();
  return state;
}

/** The query string for a state, in a fixed key order and without empty values ("" for the default view). */
export function toSearch(state: FilterState): string {
  const params = new URLSearchParams();
  for (const key of TEXT_KEYS) {
    const value = state[key].trim();
    if (value) params.set(key, value);
  }
  if (state.conflicted) params.set("conflicted", "true");
  if (state.group) params.set("group", state.group);
  if (state.event) params.set("event", state.event);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The server-side part of the state; grouping and the selected event stay in the browser. */
export function toApiQuery(state: FilterState): TimelineQueryWithFlags {
  return {
    entity: state.entity || null,
    tag: state.tag || null,
    q: state.q || null,
    from: state.from || null,
    to: state.to || null,
    conflicted: state.conflicted,
  };
}

/**
 * Reads the page and its filters from a location: `/embed/{slug}` embeds a named timeline,
 * `/embed?entity=…` an ad-hoc query, `/ingest` is the article form, anything else the timeline.
 */
export function parseRoute(pathname: string, search: string): Route {
  const filters = parseFilters(search);
  const path = pathname.replace(/\/+$/, "");
  const embed = /^\/embed(?:\/([^/]+))?$/.exec(path);
  if (embed) {
    if (embed[1]) filters.timeline = decodeURIComponent(embed[1]);
    return { page: "embed", filters };
  }
  if (path === "/ingest") return { page: "ingest", filters };
  return { page: "timeline", filters };
}

/** The URL that shows a state on a page; an embed of a named timeline keeps the slug in the path. */
export function toUrl(page: Page, state: FilterState): string {
  if (page === "embed" && state.timeline) {
    return `/embed/${encodeURIComponent(state.timeline)}${toSearch({ ...state, timeline: "" })}`;
  }
  const path = page === "embed" ? "/embed" : page === "ingest" ? "/ingest" : "/";
  return `${path}${toSearch(state)}`;
}
