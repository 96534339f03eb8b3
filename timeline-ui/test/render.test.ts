// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { DetailPanel, safeHref } from "../src/detail";
import { EventList } from "../src/list";
import { claim, conflict, day, event } from "./fixtures";

const hostile = "<img src=x onerror=alert(1)>Ferry halted";

describe("rendering article text", () => {
  it("should show titles and quotes as text, never as markup", () => {
    const container = document.createElement("div");
    const walkout = event(1, hostile, day("2026-01-22", "22 January 2026"), {
      claims: [claim(1, "<b>Harbour Wire</b>", null, { quote: "<script>steal()</script>" })],
    });
    new DetailPanel(container, () => {}).show(walkout);
    expect(container.querySelector("img, script, b")).toBeNull();
    expect(container.querySelector("h2")?.textContent).toBe(hostile);
    expect(container.querySelector("blockquote")?.textContent).toBe("<script>steal()</script>");
  });

  it("should list every claim with outlet, article link, speaker and stance", () => {
    const container = document.createElement("div");
    const walkout = event(1, "Walkout", day("2026-01-22", "22 January 2026"), {
      conflicted: true,
      claims: [claim(1, "Harbour Wire", day("2026-01-23", "23 January 2026")), claim(2, "Daily Ledger", day("2026-01-22", "22 January 2026"), { stance: "DENIES" })],
      conflicts: [conflict([1, 2], { explanation: null })],
    });
    new DetailPanel(container, () => {}).show(walkout);
    expect([...container.querySelectorAll(".fl-outlet")].map((e) => e.textContent)).toEqual(["Harbour Wire", "Daily Ledger"]);
    expect(container.querySelector<HTMLAnchorElement>(".fl-claim a")?.getAttribute("href")).toBe("https://news.example/1");
    expect(container.querySelector(".fl-claim .fl-attributed")?.textContent).toBe("According to a harbour official");
    expect(container.querySelector(".fl-stance-denies")?.textContent).toContain("denies");
    expect(container.querySelector(".fl-conflict")?.textContent).toContain("status: open");
    expect(container.querySelector(".fl-who")?.textContent).toBe("Harbour Wire: 23 January 2026; Daily Ledger: 22 January 2026");
  });

  it("should not turn script URLs into links", () => {
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("not a url")).toBeNull();
    expect(safeHref("https://news.example/a?b=1")).toBe("https://news.example/a?b=1");
  });
});

describe("event list", () => {
  const events = [
    event(1, "Talks", day("2026-01-02", "2 January 2026")),
    event(2, "Walkout", day("2026-01-22", "22 January 2026"), { conflicted: true }),
    event(3, "Deal", null),
  ];

  it("should list events in the given order with a worded conflict marker", () => {
    const container = document.createElement("div");
    new EventList(container, () => {}).show(events, null);
    const items = [...container.querySelectorAll("li")];
    expect(items.map((li) => li.querySelector(".fl-list-title")?.textContent)).toEqual(["Talks", "Walkout", "Deal"]);
    expect(items[1].querySelector(".fl-conflict-badge")?.textContent).toContain("Sources disagree");
    expect(items[0].querySelector(".fl-conflict-badge")).toBeNull();
  });

  it("should move focus with the arrow keys and open an event with a click", () => {
    const container = document.createElement("div");
    document.body.append(container);
    const onSelect = vi.fn();
    new EventList(container, onSelect).show(events, null);
    const buttons = [...container.querySelectorAll("button")];
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    buttons[0].focus();
    buttons[0].dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    expect(document.activeElement).toBe(buttons[1]);
    buttons[1].dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    expect(document.activeElement).toBe(buttons[2]);
    buttons[2].click();
    expect(onSelect).toHaveBeenCalledWith("3");
    container.remove();
  });
});
