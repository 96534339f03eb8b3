/**
 * A tiny element builder. Children that are strings become text nodes, so text from articles can
 * never be parsed as HTML; nothing in the UI assigns innerHTML.
 */
export type Child = Node | string | null | undefined | false;

export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") {
      element.addEventListener(name.replace(/^on/, "").toLowerCase(), value);
    } else if (name === "className") {
      element.className = String(value);
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

export function clear(element: Element): void {
  element.replaceChildren();
}

/** The conflict marker: an icon for the eye and a word for screen readers and colour-blind readers. */
export function conflictBadge(text = "Conflict"): HTMLElement {
  return h("span", { className: "fl-conflict-badge" }, h("span", { className: "fl-conflict-icon", "aria-hidden": "true" }, "⚠"), ` ${text}`);
}
