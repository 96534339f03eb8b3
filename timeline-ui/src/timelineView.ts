import { ApiError, type ApiClient } from "./api";
import { TimelineChart } from "./chart";
import { hasOpenConflict } from "./conflicts";
import { DetailPanel } from "./detail";
import { append, clear, h } from "./dom";
import { toApiQuery, type FilterState } from "./filters";
import { EventList } from "./list";
import type { NamedTimeline, TimelineEvent } from "./types";

export interface ViewOptions {
  embedded: boolean;
  /** Called when the selected event changes, so the page can keep it in the URL. */
  onSelectionChange: (eventId: string | null) => void;
}

/** Loads one timeline (a query or a named timeline) and shows it as chart, list and detail panel. */
export class TimelineView {
  readonly element: HTMLElement;
  private readonly status: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly chart: TimelineChart;
  private readonly list: EventList;
  private readonly detail: DetailPanel;
  private readonly detailBox: HTMLElement;
  private events: TimelineEvent[] = [];
  private selected: string | null = null;
  private loadCounter = 0;

  constructor(private readonly api: ApiClient, private readonly options: ViewOptions) {
    this.heading = h("div", { className: "fl-view-heading" });
    this.status = h("div", { className: "fl-status-line", role: "status", "aria-live": "polite" });
    const chartBox = h("div", { className: "fl-chart", role: "region", "aria-label": "Timeline chart. Use the event list for keyboard access." });
    const toolbar = h(
      "div",
      { className: "fl-toolbar", role: "toolbar", "aria-label": "Chart zoom" },
      h("button", { type: "button", onclick: () => this.chart.zoomIn(), "aria-label": "Zoom in" }, "+"),
      h("button", { type: "button", onclick: () => this.chart.zoomOut(), "aria-label": "Zoom out" }, "−"),
      h("button", { type: "button", onclick: () => this.chart.fit() }, "Fit all"),
      h("span", { className: "fl-legend" }, h("span", { className: "fl-legend-exact" }, "exact day"), h("span", { className: "fl-legend-uncertain" }, "month, year or interval")),
    );
    const listBox = h("section", { className: "fl-list-box", "aria-label": "Event list" }, h("h2", { className: "fl-visually-hidden" }, "Events"));
    this.detailBox = h("aside", { className: "fl-detail", "aria-label": "Event details" });
    this.detailBox.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && this.selected) this.closeDetail();
    });
    this.element = h(
      "div",
      { className: options.embedded ? "fl-view fl-embedded" : "fl-view" },
      this.heading,
      this.status,
      h("div", { className: "fl-chart-box" }, toolbar, chartBox),
      h("div", { className: "fl-columns" }, listBox, this.detailBox),
    );
    this.chart = new TimelineChart(chartBox, { embedded: options.embedded, onSelect: (id) => this.select(id, false, true) });
    this.list = new EventList(listBox, (id) => this.select(id, true, true));
    this.detail = new DetailPanel(this.detailBox, () => this.closeDetail());
  }

  async load(filters: FilterState): Promise<void> {
    const counter = ++this.loadCounter;
    this.setStatus("loading", "Loading the timeline…");
    try {
      const { items, truncated, timeline } = await this.fetch(filters);
      if (counter !== this.loadCounter) return;
      this.events = filters.timeline && filters.conflicted ? items.filter(hasOpenConflict) : items;
      this.showHeading(filters, timeline);
      this.chart.show(this.events, filters.group);
      this.list.show(this.events, filters.event || null);
      this.setStatus("ready", summary(this.events, truncated));
      this.select(filters.event || null, false, false);
    } catch (error) {
      if (counter !== this.loadCounter) return;
      this.events = [];
      this.chart.show([], "");
      this.list.show([], null);
      this.detail.showEmpty();
      const message = error instanceof ApiError ? error.message : `Something went wrong: ${(error as Error).message}`;
      const needsToken = error instanceof ApiError && error.status === 401 && !this.options.embedded;
      this.setStatus("error", needsToken ? `${message}. Enter an API token on the "Add article" page.` : message);
    }
  }

  private async fetch(filters: FilterState): Promise<{ items: TimelineEvent[]; truncated: boolean; timeline: NamedTimeline | null }> {
    if (filters.timeline) return this.api.namedTimeline(filters.timeline);
    const loaded = await this.api.timeline(toApiQuery(filters));
    return { ...loaded, timeline: null };
  }

  private select(eventId: string | null, fromList: boolean, notify: boolean): void {
    const event = eventId ? this.events.find((e) => String(e.id) === eventId) : undefined;
    this.selected = event ? String(event.id) : null;
    if (event) this.detail.show(event, fromList);
    else this.detail.showEmpty();
    this.list.select(this.selected);
    this.chart.select(this.selected);
    this.detailBox.classList.toggle("fl-open", Boolean(event));
    if (notify) this.options.onSelectionChange(this.selected);
  }

  /** Closes the panel and puts the keyboard back on the event it showed. */
  private closeDetail(): void {
    const previous = this.selected;
    this.select(null, false, true);
    if (previous) this.list.focus(previous);
  }

  private showHeading(filters: FilterState, timeline: NamedTimeline | null): void {
    clear(this.heading);
    if (timeline) {
      const level = this.options.embedded ? "h1" : "h2";
      append(this.heading, h(level, {}, timeline.title || timeline.slug), timeline.description ? h("p", { className: "fl-muted" }, timeline.description) : null);
    } else if (this.options.embedded) {
      const parts = [filters.entity, filters.tag && `#${filters.tag}`, filters.q && `“${filters.q}”`].filter(Boolean);
      this.heading.append(h("h1", {}, parts.length ? `Timeline: ${parts.join(", ")}` : "Timeline"));
    }
  }

  private setStatus(kind: "loading" | "ready" | "error", text: string): void {
    this.status.dataset.state = kind;
    this.status.setAttribute("role", kind === "error" ? "alert" : "status");
    this.status.replaceChildren(kind === "error" ? h("strong", {}, "Could not load: ") : "", text);
  }
}

function summary(events: TimelineEvent[], truncated: boolean): string {
  if (!events.length) return "No events match these filters.";
  const conflicted = events.filter(hasOpenConflict).length;
  const undated = events.filter((e) => !e.date).length;
  const parts = [`${events.length} event${events.length === 1 ? "" : "s"}`];
  if (conflicted) parts.push(`${conflicted} with conflicting sources`);
  if (undated) parts.push(`${undated} undated (list only)`);
  return `${parts.join(", ")}${truncated ? ". Showing the first ones only; narrow the filters to see the rest." : "."}`;
}
