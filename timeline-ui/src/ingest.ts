import { ApiError, type ApiClient } from "./api";
import { conflictTitle, statusText } from "./conflicts";
import { dateText } from "./dates";
import { clear, conflictBadge, h } from "./dom";
import { storedToken, storeToken } from "./token";
import type { IngestResult } from "./types";

/** The article form: a journalist pastes an article and sees what factline extracted from it. */
export function ingestPage(api: ApiClient): HTMLElement {
  const result = h("div", { className: "fl-ingest-result", "aria-live": "polite" });
  const submit = h("button", { type: "submit" }, "Add article");
  const form = h(
    "form",
    { className: "fl-ingest-form", "aria-labelledby": "fl-ingest-title" },
    h("h1", { id: "fl-ingest-title" }, "Add an article"),
    h("p", { className: "fl-muted" }, "factline stores the article, extracts dated events and the claims it makes, and flags where sources disagree."),
    row("URL", h("input", { id: "fl-i-url", name: "url", type: "url", required: true, placeholder: "https://…" })),
    row("Outlet", h("input", { id: "fl-i-outlet", name: "outlet", required: true })),
    row("Title", h("input", { id: "fl-i-title", name: "title", required: true })),
    row("Published", h("input", { id: "fl-i-published", name: "publishedAt", type: "datetime-local", required: true })),
    row("Text", h("textarea", { id: "fl-i-text", name: "text", rows: 12, required: true })),
    row(
      "API token (editor; not needed on the service's own machine before any token exists)",
      h("input", { id: "fl-i-token", name: "token", type: "password", autocomplete: "off", value: storedToken() ?? "" }),
    ),
    h("div", { className: "fl-filter-actions" }, submit),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? "").trim();
    storeToken(value("token"));
    submit.disabled = true;
    clear(result);
    result.append(h("p", { role: "status" }, "Sending the article…"));
    try {
      const outcome = await api.ingestArticle({
        url: value("url"),
        outlet: value("outlet"),
        title: value("title"),
        publishedAt: toInstant(value("publishedAt")),
        text: value("text"),
      });
      clear(result);
      result.append(...describe(outcome));
    } catch (error) {
      clear(result);
      result.append(h("p", { className: "fl-error", role: "alert" }, h("strong", {}, "Not stored: "), error instanceof ApiError ? error.message : String(error)));
    } finally {
      submit.disabled = false;
    }
  });
  return h("div", { className: "fl-ingest" }, form, result);
}

const OUTCOME_TEXT: Record<string, string> = {
  CREATED: "Article stored",
  UNCHANGED: "This article was already stored; nothing changed",
  UPDATED: "The stored article was updated with the corrected text",
};

/** `datetime-local` gives local wall time without zone; the API wants an instant. */
export function toInstant(local: string): string {
  const parsed = new Date(local);
  return Number.isNaN(parsed.getTime()) ? local : parsed.toISOString();
}

function describe(outcome: IngestResult): Node[] {
  const nodes: Node[] = [
    h("h2", {}, OUTCOME_TEXT[outcome.outcome] ?? "Article stored"),
    h("p", {}, `${outcome.events.length} event(s), ${outcome.claims.length} claim(s), ${outcome.conflicts.length} conflict(s) extracted.`),
  ];
  if (!outcome.events.length) {
    nodes.push(h("p", { className: "fl-muted" }, "No dated event was found in this text. Events can still be added by hand through the API."));
  }
  if (outcome.events.length) {
    nodes.push(
      h("h3", {}, "Events"),
      h(
        "ul",
        {},
        ...outcome.events.map((e) =>
          h("li", {}, h("a", { href: `/?event=${encodeURIComponent(String(e.id))}` }, e.title), ` — ${dateText(e.date)}`, e.conflicted ? " " : "", e.conflicted ? conflictBadge() : null),
        ),
      ),
    );
  }
  if (outcome.claims.length) {
    nodes.push(
      h("h3", {}, "Claims"),
      h(
        "ul",
        {},
        ...outcome.claims.map((c) =>
          h("li", {}, `${c.attributedTo || c.outlet || "Unnamed source"} ${c.stance === "DENIES" ? "denies" : "asserts"} (${dateText(c.date)})`, c.quote ? h("blockquote", {}, c.quote) : null),
        ),
      ),
    );
  }
  if (outcome.conflicts.length) {
    nodes.push(
      h("h3", {}, "Conflicts"),
      h("ul", {}, ...outcome.conflicts.map((c) => h("li", {}, conflictBadge(conflictTitle(c)), ` (${statusText(c)}) `, c.explanation ?? ""))),
    );
  }
  return nodes;
}

function row(label: string, control: HTMLElement): HTMLElement {
  return h("label", { className: "fl-field", for: control.id }, h("span", {}, label), control);
}
