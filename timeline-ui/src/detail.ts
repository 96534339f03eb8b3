import { conflictTitle, disagreement, statusText } from "./conflicts";
import { dateText, precisionText } from "./dates";
import { append, clear, conflictBadge, h } from "./dom";
import type { Claim, Conflict, TimelineEvent } from "./types";

/** The detail of one event: its date and precision, who took part, every claim and every conflict. */
export class DetailPanel {
  constructor(private readonly container: HTMLElement, private readonly onClose: () => void) {
    this.showEmpty();
  }

  showEmpty(): void {
    clear(this.container);
    this.container.append(h("p", { className: "fl-muted" }, "Select an event on the chart or in the list to see its sources."));
  }

  show(event: TimelineEvent, focus = false): void {
    clear(this.container);
    const heading = h("h2", { id: "fl-detail-title", tabindex: "-1" }, event.title);
    append(
      this.container,
      h("div", { className: "fl-detail-head" }, heading, h("button", { type: "button", className: "fl-close", "aria-label": "Close details", onclick: this.onClose }, "×")),
      facts(event),
      event.conflicts.length ? conflictsSection(event) : null,
      claimsSection(event.claims),
    );
    if (focus) heading.focus();
  }
}

function facts(event: TimelineEvent): HTMLElement {
  const rows: Array<[string, Node | string]> = [
    ["Date", h("span", {}, dateText(event.date), h("span", { className: "fl-muted" }, ` (${precisionText(event.date)})`))],
  ];
  if (event.summary) rows.push(["Summary", event.summary]);
  if (event.kind) rows.push(["Kind", event.kind]);
  if (event.location) rows.push(["Location", event.location]);
  if (event.participants.length) rows.push(["Participants", event.participants.join(", ")]);
  if (event.tags.length) rows.push(["Tags", event.tags.join(", ")]);
  const list = h("dl", { className: "fl-facts" });
  for (const [term, value] of rows) list.append(h("dt", {}, term), h("dd", {}, value));
  return list;
}

function conflictsSection(event: TimelineEvent): HTMLElement {
  return h(
    "section",
    { className: "fl-conflicts", "aria-labelledby": "fl-conflicts-title" },
    h("h3", { id: "fl-conflicts-title" }, "Conflicts"),
    h("ul", {}, ...event.conflicts.map((c) => conflictItem(c, event.claims))),
  );
}

function conflictItem(conflict: Conflict, claims: Claim[]): HTMLElement {
  const who = disagreement(conflict, claims);
  return h(
    "li",
    { className: `fl-conflict fl-status-${conflict.status.toLowerCase()}`, "data-conflict-id": conflict.id },
    h("p", {}, conflictBadge(conflictTitle(conflict)), h("span", { className: "fl-status" }, ` · status: ${statusText(conflict)}`)),
    conflict.explanation ? h("p", { className: "fl-explanation" }, conflict.explanation) : null,
    !conflict.explanation && who ? h("p", { className: "fl-who" }, who) : null,
    conflict.note ? h("p", { className: "fl-note" }, `Note: ${conflict.note}`) : null,
  );
}

function claimsSection(claims: Claim[]): HTMLElement {
  return h(
    "section",
    { className: "fl-claims", "aria-labelledby": "fl-claims-title" },
    h("h3", { id: "fl-claims-title" }, `Sources (${claims.length})`),
    claims.length ? h("ul", {}, ...claims.map(claimItem)) : h("p", { className: "fl-muted" }, "No source has been recorded for this event yet."),
  );
}

function claimItem(claim: Claim): HTMLElement {
  const href = safeHref(claim.sourceUrl);
  const outlet = claim.outlet || "Unnamed source";
  return h(
    "li",
    { className: `fl-claim fl-rank-${claim.rank.toLowerCase()}`, "data-claim-id": claim.id },
    h(
      "p",
      { className: "fl-claim-head" },
      h("strong", { className: "fl-outlet" }, outlet),
      href ? " · " : null,
      href ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, "article") : null,
      h("span", { className: `fl-stance fl-stance-${claim.stance.toLowerCase()}` }, claim.stance === "DENIES" ? " · denies" : " · asserts"),
      claim.rank !== "NORMAL" ? h("span", { className: "fl-rank" }, ` · ${claim.rank.toLowerCase()}`) : null,
    ),
    claim.attributedTo ? h("p", { className: "fl-attributed" }, `According to ${claim.attributedTo}`) : null,
    claim.quote ? h("blockquote", {}, claim.quote) : null,
    h("p", { className: "fl-muted" }, `Date given: ${dateText(claim.date)}`, claim.date ? ` (${precisionText(claim.date)})` : "", claim.extracted ? " · extracted automatically" : " · entered by hand", claim.superseded ? " · superseded by a corrected article" : ""),
  );
}

/** Only web links are rendered as links: a `javascript:` or `data:` URL from a source stays text-free. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
