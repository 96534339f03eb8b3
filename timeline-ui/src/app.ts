import type { ApiClient } from "./api";
import { h } from "./dom";
import { FilterForm } from "./filterForm";
import { parseRoute, toUrl, type FilterState, type Route } from "./filters";
import { ingestPage } from "./ingest";
import { TimelineView } from "./timelineView";

/** The full application: header, filters and timeline at `/`, the article form at `/ingest`. */
export function appPage(api: ApiClient, route: Route): HTMLElement {
  const header = h(
    "header",
    { className: "fl-header" },
    h("a", { className: "fl-brand", href: "/" }, "factline"),
    h(
      "nav",
      { "aria-label": "Main" },
      h("a", { href: "/", "aria-current": route.page === "timeline" ? "page" : null }, "Timeline"),
      h("a", { href: "/ingest", "aria-current": route.page === "ingest" ? "page" : null }, "Add article"),
      h("a", { href: "/q/swagger-ui" }, "API"),
    ),
  );
  const main = h("main", { id: "fl-main" });
  if (route.page === "ingest") {
    main.append(ingestPage(api));
  } else {
    main.append(...timelinePage(api, route.filters));
  }
  return h("div", { className: "fl-app" }, h("a", { className: "fl-skip", href: "#fl-main" }, "Skip to content"), header, main);
}

function timelinePage(api: ApiClient, initial: FilterState): HTMLElement[] {
  let state = initial;
  const view = new TimelineView(api, {
    embedded: false,
    onSelectionChange: (eventId) => {
      state = { ...state, event: eventId ?? "" };
      history.replaceState(null, "", toUrl("timeline", state));
    },
  });
  const form = new FilterForm(api, state, (next) => {
    const changedQuery = JSON.stringify({ ...next, event: "", group: "" }) !== JSON.stringify({ ...state, event: "", group: "" });
    state = { ...next, event: changedQuery ? "" : state.event };
    history.pushState(null, "", toUrl("timeline", state));
    void view.load(state);
  });
  window.addEventListener("popstate", () => {
    state = parseRoute(location.pathname, location.search).filters;
    form.set(state);
    void view.load(state);
  });
  void view.load(state);
  return [h("h1", { className: "fl-visually-hidden" }, "Timeline"), form.element, view.element];
}
