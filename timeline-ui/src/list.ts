import { hasOpenConflict } from "./conflicts";
import { dateText, isExactDay, precisionText } from "./dates";
import { clear, conflictBadge, h } from "./dom";
import type { TimelineEvent } from "./types";

/**
 * The list of events in timeline order: the way to read the timeline with a keyboard or a screen
 * reader. One tab stop; arrow keys, Home and End move between events; Enter or Space opens one.
 */
export class EventList {
  private readonly list: HTMLOListElement;
  private buttons: HTMLButtonElement[] = [];

  constructor(container: HTMLElement, private readonly onSelect: (eventId: string) => void) {
    this.list = h("ol", { className: "fl-list", "aria-label": "Events in timeline order" });
    this.list.addEventListener("keydown", (e) => this.onKey(e));
    container.append(this.list);
  }

  show(events: TimelineEvent[], selectedId: string | null): void {
    clear(this.list);
    if (!events.length) this.list.append(h("li", { className: "fl-list-empty fl-muted" }, "No events to show."));
    this.buttons = events.map((event) => this.button(event));
    events.forEach((event, i) => {
      this.list.append(h("li", { className: hasOpenConflict(event) ? "fl-list-item fl-conflicted" : "fl-list-item", "data-event-id": event.id }, this.buttons[i]));
    });
    this.select(selectedId);
  }

  select(eventId: string | null): void {
    let focusable = this.buttons[0];
    for (const button of this.buttons) {
      const selected = button.dataset.eventId === eventId;
      if (selected) {
        button.setAttribute("aria-current", "true");
        focusable = button;
      } else {
        button.removeAttribute("aria-current");
      }
    }
    for (const button of this.buttons) button.tabIndex = button === focusable ? 0 : -1;
    if (eventId && focusable?.dataset.eventId === eventId) focusable.scrollIntoView({ block: "nearest" });
  }

  focus(eventId: string): void {
    this.buttons.find((b) => b.dataset.eventId === eventId)?.focus();
  }

  private button(event: TimelineEvent): HTMLButtonElement {
    const conflicted = hasOpenConflict(event);
    const precision = event.date && !isExactDay(event.date) ? ` (${precisionText(event.date)})` : "";
    return h(
      "button",
      {
        type: "button",
        className: "fl-list-button",
        "data-event-id": event.id,
        onclick: () => this.onSelect(String(event.id)),
      },
      h("span", { className: "fl-list-date" }, dateText(event.date), h("span", { className: "fl-list-precision" }, precision)),
      h("span", { className: "fl-list-title" }, event.title),
      conflicted ? conflictBadge("Sources disagree") : null,
      event.location ? h("span", { className: "fl-list-meta" }, event.location) : null,
    );
  }

  private onKey(e: KeyboardEvent): void {
    const index = this.buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const target =
      e.key === "ArrowDown" ? index + 1 : e.key === "ArrowUp" ? index - 1 : e.key === "Home" ? 0 : e.key === "End" ? this.buttons.length - 1 : null;
    if (target === null) return;
    e.preventDefault();
    const next = this.buttons[Math.max(0, Math.min(this.buttons.length - 1, target))];
    for (const button of this.buttons) button.tabIndex = button === next ? 0 : -1;
    next.focus();
  }
}
