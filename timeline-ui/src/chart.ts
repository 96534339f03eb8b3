import { DataSet } from "vis-data";
import { Timeline } from "vis-timeline/standalone";
import type { TimelineOptions } from "vis-timeline/standalone";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { hasOpenConflict } from "./conflicts";
import { toChartItems, type ChartGroup, type ChartItem } from "./chartItems";
import { conflictBadge, h } from "./dom";
import type { GroupBy } from "./filters";
import type { TimelineEvent } from "./types";

/** Above this many dated events the chart clusters crowded items instead of only stacking them. */
const CLUSTER_THRESHOLD = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ChartOptions {
  onSelect: (eventId: string) => void;
  /** Embedded views zoom with Ctrl + wheel so the host page still scrolls. */
  embedded?: boolean;
}

/** The vis-timeline chart; every label is built from text nodes by the template. */
export class TimelineChart {
  private readonly items = new DataSet<ChartItem>();
  private readonly groups = new DataSet<ChartGroup>();
  private readonly timeline: Timeline;
  private events = new Map<string, TimelineEvent>();
  private grouped = false;

  constructor(container: HTMLElement, private readonly options: ChartOptions) {
    const config: TimelineOptions = {
      stack: true,
      selectable: true,
      multiselect: false,
      zoomable: true,
      moveable: true,
      zoomMin: 3 * DAY_MS,
      ...(options.embedded ? { zoomKey: "ctrlKey" as const } : {}),
      minHeight: 180,
      maxHeight: options.embedded ? 320 : 420,
      verticalScroll: true,
      horizontalScroll: false,
      margin: { item: { horizontal: 4, vertical: 6 } },
      order: (a: ChartItem, b: ChartItem) => a.order - b.order,
      template: (item: ChartItem) => this.renderItem(item),
      groupTemplate: (group: ChartGroup) => (group ? h("span", {}, group.label) : ""),
    };
    this.timeline = new Timeline(container, this.items, config);
    this.timeline.on("select", (properties: { items: Array<string | number> }) => {
      const selected = properties.items[0];
      if (selected !== undefined) this.options.onSelect(String(selected).split("::")[0]);
    });
  }

  show(events: TimelineEvent[], groupBy: GroupBy): void {
    this.events = new Map(events.map((e) => [String(e.id), e]));
    const { items, groups } = toChartItems(events, groupBy);
    this.items.clear();
    this.groups.clear();
    this.groups.add(groups);
    const grouped = Boolean(groupBy);
    if (grouped !== this.grouped) {
      this.timeline.setGroups(grouped ? this.groups : undefined);
      this.grouped = grouped;
    }
    this.items.add(items);
    this.timeline.setOptions({
      cluster: items.length > CLUSTER_THRESHOLD ? { maxItems: 3, titleTemplate: "{count} events", showStipes: true } : false,
    } as TimelineOptions);
    if (items.length) this.fit(false);
  }

  select(eventId: string | null): void {
    if (!eventId) {
      this.timeline.setSelection([]);
      return;
    }
    const ids = this.items.getIds({ filter: (item: ChartItem) => item.eventId === eventId });
    this.timeline.setSelection(ids);
    const first = ids.length ? this.items.get(ids[0]) : null;
    if (first) this.bringIntoView(first);
  }

  zoomIn(): void {
    this.timeline.zoomIn(0.5);
  }

  zoomOut(): void {
    this.timeline.zoomOut(0.5);
  }

  /**
   * Shows every item, with room on the right for the label of the last point (vis-timeline's own
   * fit stops at the last date and cuts that label off).
   */
  fit(animation = true): void {
    const items = this.items.get();
    if (!items.length) return;
    const start = Math.min(...items.map((i) => i.start.getTime()));
    const end = Math.max(...items.map((i) => (i.end ?? i.start).getTime()));
    const span = Math.max(end - start, DAY_MS);
    this.timeline.setWindow(new Date(start - span * 0.05), new Date(end + span * 0.25), { animation });
  }

  destroy(): void {
    this.timeline.destroy();
  }

  /** Pans (without zooming) so that the item's start is visible. */
  private bringIntoView(item: ChartItem): void {
    const visible = this.timeline.getWindow();
    const start = item.start.getTime();
    if (start < visible.start.getTime() || start > visible.end.getTime()) this.timeline.moveTo(item.start, { animation: false });
  }

  /** A cluster says how many events it holds and, in words, how many of them are conflicted. */
  private renderCluster(members: Array<{ data?: ChartItem }>): HTMLElement {
    const conflicted = members.filter((m) => m.data?.className.includes("fl-conflicted")).length;
    return h(
      "span",
      { className: "fl-cluster" },
      conflicted ? conflictBadge(`${conflicted} conflict${conflicted === 1 ? "" : "s"}`) : null,
      conflicted ? " " : null,
      `${members.length} events`,
    );
  }

  private renderItem(item: ChartItem & { isCluster?: boolean; uiItems?: Array<{ data?: ChartItem }> }): HTMLElement | string {
    if (item?.isCluster) return this.renderCluster(item.uiItems ?? []);
    const event = item && this.events.get(item.eventId);
    if (!event) return "";
    return h(
      "span",
      { className: "fl-item-label", "data-event-id": event.id },
      hasOpenConflict(event) ? conflictBadge() : null,
      hasOpenConflict(event) ? " " : null,
      h("span", { className: "fl-item-title" }, event.title),
    );
  }
}
