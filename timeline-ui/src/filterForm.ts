import type { ApiClient } from "./api";
import { h } from "./dom";
import type { FilterState, GroupBy } from "./filters";

const SUGGESTION_DELAY_MS = 200;

/**
 * The filter bar. Entity names are suggested from /api/entities as the user types; the named
 * timelines come from /api/timelines. Choosing a named timeline replaces the query fields with its
 * own query, so those fields are disabled while one is selected.
 */
export class FilterForm {
  readonly element: HTMLFormElement;
  private readonly fields: {
    timeline: HTMLSelectElement;
    entity: HTMLInputElement;
    tag: HTMLInputElement;
    q: HTMLInputElement;
    from: HTMLInputElement;
    to: HTMLInputElement;
    conflicted: HTMLInputElement;
    group: HTMLSelectElement;
  };
  private readonly suggestions: HTMLDataListElement;
  private suggestionTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly api: ApiClient,
    private state: FilterState,
    private readonly onApply: (state: FilterState) => void,
  ) {
    this.suggestions = h("datalist", { id: "fl-entity-suggestions" });
    this.fields = {
      timeline: h("select", { id: "fl-f-timeline", name: "timeline" }, h("option", { value: "" }, "All events")),
      entity: h("input", { id: "fl-f-entity", name: "entity", type: "search", list: "fl-entity-suggestions", autocomplete: "off", placeholder: "e.g. a person or organisation" }),
      tag: h("input", { id: "fl-f-tag", name: "tag", type: "search", autocomplete: "off" }),
      q: h("input", { id: "fl-f-q", name: "q", type: "search", placeholder: "words in title or summary" }),
      from: h("input", { id: "fl-f-from", name: "from", type: "text", inputmode: "numeric", placeholder: "YYYY[-MM[-DD]]", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" }),
      to: h("input", { id: "fl-f-to", name: "to", type: "text", inputmode: "numeric", placeholder: "YYYY[-MM[-DD]]", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" }),
      conflicted: h("input", { id: "fl-f-conflicted", name: "conflicted", type: "checkbox" }),
      group: h(
        "select",
        { id: "fl-f-group", name: "group" },
        h("option", { value: "" }, "No grouping"),
        h("option", { value: "entity" }, "By entity"),
        h("option", { value: "tag" }, "By tag"),
      ),
    };
    this.element = h(
      "form",
      { className: "fl-filters", role: "search", "aria-label": "Filter the timeline" },
      field("Named timeline", this.fields.timeline),
      field("Entity", this.fields.entity),
      field("Tag", this.fields.tag),
      field("Text", this.fields.q),
      field("From", this.fields.from),
      field("To", this.fields.to),
      field("Group chart", this.fields.group),
      h("label", { className: "fl-check", for: "fl-f-conflicted" }, this.fields.conflicted, " Conflicts only"),
      h(
        "div",
        { className: "fl-filter-actions" },
        h("button", { type: "submit" }, "Apply"),
        h("button", { type: "button", className: "fl-secondary", onclick: () => this.reset() }, "Reset"),
      ),
      this.suggestions,
    );
    this.element.addEventListener("submit", (e) => {
      e.preventDefault();
      this.onApply(this.read());
    });
    this.fields.timeline.addEventListener("change", () => this.syncDisabled());
    this.fields.group.addEventListener("change", () => this.onApply(this.read()));
    this.fields.entity.addEventListener("input", () => this.suggestSoon());
    this.set(state);
    void this.loadTimelines();
  }

  set(state: FilterState): void {
    this.state = state;
    if (state.timeline) this.timelineOption(state.timeline, state.timeline);
    this.fields.timeline.value = state.timeline;
    this.fields.entity.value = state.entity;
    this.fields.tag.value = state.tag;
    this.fields.q.value = state.q;
    this.fields.from.value = state.from;
    this.fields.to.value = state.to;
    this.fields.conflicted.checked = state.conflicted;
    this.fields.group.value = state.group;
    this.syncDisabled();
  }

  private read(): FilterState {
    return {
      timeline: this.fields.timeline.value,
      entity: this.fields.entity.value.trim(),
      tag: this.fields.tag.value.trim(),
      q: this.fields.q.value.trim(),
      from: this.fields.from.value.trim(),
      to: this.fields.to.value.trim(),
      conflicted: this.fields.conflicted.checked,
      group: this.fields.group.value as GroupBy,
      event: this.state.event,
    };
  }

  private reset(): void {
    const cleared: FilterState = { ...this.read(), timeline: "", entity: "", tag: "", q: "", from: "", to: "", conflicted: false, group: "" };
    this.set(cleared);
    this.onApply(cleared);
  }

  private syncDisabled(): void {
    const named = Boolean(this.fields.timeline.value);
    for (const input of [this.fields.entity, this.fields.tag, this.fields.q, this.fields.from, this.fields.to]) input.disabled = named;
  }

  private async loadTimelines(): Promise<void> {
    try {
      for (const t of await this.api.timelines()) this.timelineOption(t.slug, t.title || t.slug);
    } catch {
      // The selector stays at "All events"; the timeline itself reports load errors.
    }
  }

  /** Adds or relabels the option for a slug; one from the URL shows before the list has loaded. */
  private timelineOption(slug: string, label: string): void {
    const existing = [...this.fields.timeline.options].find((o) => o.value === slug);
    if (existing) existing.textContent = label;
    else this.fields.timeline.append(h("option", { value: slug }, label));
  }

  private suggestSoon(): void {
    clearTimeout(this.suggestionTimer);
    const text = this.fields.entity.value.trim();
    if (text.length < 2) return;
    this.suggestionTimer = setTimeout(async () => {
      try {
        const entities = await this.api.entities(text);
        this.suggestions.replaceChildren(
          ...entities.flatMap((e) => [e.name, ...e.aliases.filter((a) => a !== e.name)].map((name) => h("option", { value: name }, `${e.name} (${e.eventCount})`))),
        );
      } catch {
        this.suggestions.replaceChildren();
      }
    }, SUGGESTION_DELAY_MS);
  }
}

function field(label: string, control: HTMLInputElement | HTMLSelectElement): HTMLElement {
  return h("label", { className: "fl-field", for: control.id }, h("span", {}, label), control);
}
