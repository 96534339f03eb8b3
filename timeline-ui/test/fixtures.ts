import type { Claim, Conflict, DateView, TimelineEvent } from "../src/types";

export function day(value: string, display: string): DateView {
  return { value, precision: "DAY", start: value, end: value, display, approximate: false, uncertain: false };
}

export function month(value: string, display: string, end: string): DateView {
  return { value, precision: "MONTH", start: `${value}-01`, end, display, approximate: false, uncertain: false };
}

export function claim(id: number, outlet: string, date: DateView | null, overrides: Partial<Claim> = {}): Claim {
  return {
    id,
    eventId: 1,
    articleId: null,
    sourceUrl: `https://news.example/${id}`,
    outlet,
    attributedTo: "a harbour official",
    quote: "The ferry left the harbour at dawn.",
    begin: null,
    end: null,
    stance: "ASSERTS",
    date,
    rank: "NORMAL",
    extracted: false,
    ...overrides,
  };
}

export function conflict(claimIds: number[], overrides: Partial<Conflict> = {}): Conflict {
  return {
    id: 9,
    type: "DATE",
    status: "OPEN",
    eventIds: [1],
    claimIds,
    explanation: "The sources give different days",
    note: null,
    ...overrides,
  };
}

export function event(id: number, title: string, date: DateView | null, overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title,
    summary: null,
    kind: null,
    location: null,
    participants: [],
    tags: [],
    date,
    conflicted: false,
    claims: [],
    conflicts: [],
    ...overrides,
  };
}
