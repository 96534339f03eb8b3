import type { ApiClient } from "./api";
import { h } from "./dom";
import { toUrl, type FilterState } from "./filters";
import { TimelineView } from "./timelineView";

/**
 * The read-only view for an iframe: `/embed/{slug}` or `/embed?entity=…`. No filters and no forms;
 * the reader can still zoom, pan and open an event's sources.
 */
export function embedPage(api: ApiClient, filters: FilterState): HTMLElement {
  document.documentElement.classList.add("fl-embed-root");
  let state = filters;
  const view = new TimelineView(api, {
    embedded: true,
    onSelectionChange: (eventId) => {
      state = { ...state, event: eventId ?? "" };
      history.replaceState(null, "", toUrl("embed", state));
    },
  });
  void view.load(filters);
  const full = h("a", { href: toUrl("timeline", { ...filters, event: "" }), target: "_blank", rel: "noopener" }, "Open in factline");
  return h("div", { className: "fl-embed" }, h("main", {}, view.element), h("footer", { className: "fl-embed-footer" }, "Timeline by factline · ", full));
}
