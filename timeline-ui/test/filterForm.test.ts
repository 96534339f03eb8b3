// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiClient } from "../src/api";
import { FilterForm } from "../src/filterForm";
import { EMPTY_FILTERS, type FilterState } from "../src/filters";

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });
}

function fakeApi(): { api: ApiClient; fetch: ReturnType<typeof vi.fn> } {
  const fetch = vi.fn(async (url: string) => {
    if (url.startsWith("/api/timelines")) return json({ items: [{ slug: "port-dispute", title: "Port dispute", description: null, query: null }], next: null });
    return json({ items: [{ id: 1, name: "Harbour Union", kind: "ORG", aliases: ["the union"], eventCount: 3 }], next: null });
  });
  return { api: new ApiClient(fetch), fetch };
}

const input = (form: FilterForm, id: string) => form.element.querySelector<HTMLInputElement>(`#${id}`)!;

describe("filter form", () => {
  afterEach(() => vi.useRealTimers());

  it("should show the state it was given and hand back what the user applied", () => {
    const applied: FilterState[] = [];
    const form = new FilterForm(fakeApi().api, { ...EMPTY_FILTERS, tag: "strike", event: "7" }, (s) => applied.push(s));
    expect(input(form, "fl-f-tag").value).toBe("strike");
    input(form, "fl-f-q").value = " ferry ";
    input(form, "fl-f-conflicted").checked = true;
    form.element.dispatchEvent(new Event("submit", { cancelable: true }));
    expect(applied).toEqual([{ ...EMPTY_FILTERS, tag: "strike", q: "ferry", conflicted: true, event: "7" }]);
  });

  it("should offer the named timelines and lock the query fields while one is chosen", async () => {
    const form = new FilterForm(fakeApi().api, { ...EMPTY_FILTERS, timeline: "port-dispute" }, () => {});
    await vi.waitFor(() => expect(form.element.querySelectorAll("#fl-f-timeline option")).toHaveLength(2));
    const select = form.element.querySelector<HTMLSelectElement>("#fl-f-timeline")!;
    expect(select.value).toBe("port-dispute");
    expect(input(form, "fl-f-entity").disabled).toBe(true);
    select.value = "";
    select.dispatchEvent(new Event("change"));
    expect(input(form, "fl-f-entity").disabled).toBe(false);
  });

  it("should suggest entity names and aliases once the user pauses typing", async () => {
    vi.useFakeTimers();
    const { api, fetch } = fakeApi();
    const form = new FilterForm(api, EMPTY_FILTERS, () => {});
    const entity = input(form, "fl-f-entity");
    entity.value = "harb";
    entity.dispatchEvent(new Event("input"));
    expect(fetch.mock.calls.some(([url]) => String(url).startsWith("/api/entities"))).toBe(false);
    await vi.advanceTimersByTimeAsync(250);
    expect(fetch.mock.calls.map(([url]) => url)).toContain("/api/entities?q=harb&limit=10");
    const options = [...form.element.querySelectorAll<HTMLOptionElement>("#fl-entity-suggestions option")].map((o) => o.value);
    expect(options).toEqual(["Harbour Union", "the union"]);
  });
});
