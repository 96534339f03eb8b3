import { chartSpan, isExactDay } from "./dates";
import { hasOpenConflict } from "./conflicts";
import type { GroupBy } from "./filters";
import type { TimelineEvent } from "./types";

export interface ChartItem {
  id: string;
  eventId: string;
  order: number;
  start: Date;
  end?: Date;
  type: "point" | "range";
  className: string;
  group?: string;
  /** vis-timeline requires content; the template renders the event from `eventId` as text. */
  content: string;
}

export interface ChartGroup {
  id: string;
  label: string;
  order: number;
  /** Required by vis-timeline; the group template renders `label` as text instead. */
  content: string;
}

export const NO_GROUP = "—";

/**
 * Turns ordered events into chart items. Undated events are left to the list. When grouping, an event
 * with several participants (or tags) appears once per group, so item ids carry the group.
 */
export function toChartItems(events: TimelineEvent[], groupBy: GroupBy): { items: ChartItem[]; groups: ChartGroup[] } {
  const items: ChartItem[] = [];
  const groupNames = new Set<string>();
  events.forEach((event, order) => {
    const span = chartSpan(event.date);
    if (!span) return;
    const classes = ["fl-item", span.kind === "range" ? "fl-uncertain" : isExactDay(event.date) ? "fl-exact" : "fl-approximate"];
    if (hasOpenConflict(event)) classes.push("fl-conflicted");
    const base = {
      eventId: String(event.id),
      order,
      start: span.start,
      ...(span.end ? { end: span.end } : {}),
      type: span.kind,
      className: classes.join(" "),
      content: "",
    };
    if (!groupBy) {
      items.push({ ...base, id: String(event.id) });
      return;
    }
    const keys = groupKeys(event, groupBy);
    for (const key of keys) {
      groupNames.add(key);
      items.push({ ...base, id: `${event.id}::${key}`, group: key });
    }
  });
  const groups = [...groupNames]
    .sort((a, b) => (a === NO_GROUP ? 1 : b === NO_GROUP ? -1 : a.localeCompare(b)))
    .map((label, order) => ({ id: label, label, order, content: "" }));
  return { items, groups };
}

function groupKeys(event: TimelineEvent, groupBy: Exclude<GroupBy, "">): string[] {
  const values = groupBy === "entity" ? event.participants : event.tags;
  const distinct = [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
  return distinct.length ? distinct : [NO_GROUP];
}
