import { describe, expect, it, vi } from "vitest";
import { ApiClient, ApiError } from "../src/api";
import { day, event } from "./fixtures";

function json(body: unknown, status = 200, contentType = "application/json"): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": contentType } });
}

describe("ApiClient", () => {
  it("should send the filters as query parameters and skip empty ones", async () => {
    const fetch = vi.fn().mockResolvedValue(json({ items: [], next: null }));
    await new ApiClient(fetch).timeline({ entity: "Port Authority", tag: "", q: null, from: "2026-01", conflicted: true });
    const url = new URL(fetch.mock.calls[0][0], "http://host");
    expect(url.pathname).toBe("/api/timeline");
    expect(Object.fromEntries(url.searchParams)).toEqual({ entity: "Port Authority", from: "2026-01", conflicted: "true", limit: "500" });
  });

  it("should follow next cursors until the listing ends", async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(json({ items: [event(1, "First", day("2026-01-02", "2 January 2026"))], next: "c2" }))
      .mockResolvedValueOnce(json({ items: [event(2, "Second", null)], next: null }));
    const loaded = await new ApiClient(fetch).timeline({});
    expect(loaded.items.map((e) => e.title)).toEqual(["First", "Second"]);
    expect(loaded.truncated).toBe(false);
    expect(new URL(fetch.mock.calls[1][0], "http://host").searchParams.get("cursor")).toBe("c2");
  });

  it("should stop at the item cap and say that more exist", async () => {
    const fetch = vi.fn().mockImplementation(async () => json({ items: [event(1, "A", null), event(2, "B", null)], next: "more" }));
    const loaded = await new ApiClient(fetch).timeline({}, 3);
    expect(loaded.items).toHaveLength(3);
    expect(loaded.truncated).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("should surface the problem detail of a 4xx answer", async () => {
    const problem = { type: "about:blank", title: "Bad Request", status: 400, detail: "from: '2026-13' is not a valid EDTF date" };
    const fetch = vi.fn().mockResolvedValue(json(problem, 400, "application/problem+json"));
    const error = await new ApiClient(fetch).timeline({ from: "2026-13" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe("from: '2026-13' is not a valid EDTF date");
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).problem?.title).toBe("Bad Request");
  });

  it("should fall back to the status line when the error has no problem body", async () => {
    const fetch = vi.fn().mockResolvedValue(new Response("", { status: 503, statusText: "Service Unavailable" }));
    const error = (await new ApiClient(fetch).timelines().catch((e: unknown) => e)) as ApiError;
    expect(error.message).toBe("The server answered 503 Service Unavailable");
    expect(error.problem).toBeNull();
  });

  it("should report an unreachable service as an ApiError", async () => {
    const fetch = vi.fn().mockRejectedValue(new TypeError("Failed to fetch"));
    const error = (await new ApiClient(fetch).entities("po").catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.message).toContain("could not be reached");
  });

  it("should load a named timeline with its header and escape the slug", async () => {
    const fetch = vi.fn().mockResolvedValue(
      json({ slug: "ferry strike", title: "Ferry strike", description: "Who said what", query: { tag: "ferry" }, items: [event(1, "Walkout", null)], next: null }),
    );
    const result = await new ApiClient(fetch).namedTimeline("ferry strike");
    expect(fetch.mock.calls[0][0]).toBe("/api/timelines/ferry%20strike?limit=500");
    expect(result.timeline).toEqual({ slug: "ferry strike", title: "Ferry strike", description: "Who said what", query: { tag: "ferry" } });
    expect(result.items.map((e) => e.title)).toEqual(["Walkout"]);
  });

  it("should ask for entity suggestions with the typed text", async () => {
    const fetch = vi.fn().mockResolvedValue(json({ items: [{ id: 3, name: "Port Authority", kind: "ORG", aliases: ["the port"], eventCount: 4 }], next: null }));
    const entities = await new ApiClient(fetch).entities("port");
    expect(fetch.mock.calls[0][0]).toBe("/api/entities?q=port&limit=10");
    expect(entities[0].name).toBe("Port Authority");
  });

  it("should post an article as JSON and return what was extracted", async () => {
    const body = { id: 7, url: "https://news.example/a", outcome: "CREATED", events: [event(1, "Walkout", null)], claims: [], conflicts: [] };
    const fetch = vi.fn().mockResolvedValue(json(body, 201));
    const request = { url: "https://news.example/a", outlet: "Harbour Wire", title: "Walkout", publishedAt: "2026-01-05T08:00:00.000Z", text: "Dock workers walked out." };
    const result = await new ApiClient(fetch).ingestArticle(request);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe("/api/articles");
    expect(init.method).toBe("POST");
    expect(JSON.parse(init.body)).toEqual(request);
    expect(result.outcome).toBe("CREATED");
    expect(result.article.id).toBe(7);
    expect(result.events.map((e) => e.title)).toEqual(["Walkout"]);
  });

  it("should read the outcome from the status when the body has none", async () => {
    const fetch = vi.fn().mockResolvedValue(json({ article: { id: 7 }, events: [], claims: [], conflicts: [] }, 200));
    const result = await new ApiClient(fetch).ingestArticle({ url: "u", outlet: "o", title: "t", publishedAt: "p", text: "x" });
    expect(result.article.id).toBe(7);
    expect(result.outcome).toBe("UNCHANGED");
  });

  it("should send the stored token as a bearer token and nothing when there is none", async () => {
    const fetch = vi.fn().mockImplementation(async () => json({ items: [], next: null }));
    let token: string | null = "flt_secret";
    const client = new ApiClient(fetch, "", () => token);
    await client.timelines();
    expect(fetch.mock.calls[0][1].headers).toEqual({ Accept: "application/json", Authorization: "Bearer flt_secret" });
    token = null;
    await client.timelines();
    expect(fetch.mock.calls[1][1].headers).toEqual({ Accept: "application/json" });
  });

  it("should prefix requests with the base URL", async () => {
    const fetch = vi.fn().mockResolvedValue(json({ id: 5 }));
    await new ApiClient(fetch, "http://localhost:8080").event(5);
    expect(fetch.mock.calls[0][0]).toBe("http://localhost:8080/api/events/5");
  });
});
