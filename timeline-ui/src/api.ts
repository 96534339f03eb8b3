import type {
  ArticleRequest,
  Entity,
  IngestOutcome,
  IngestResult,
  Listing,
  NamedTimeline,
  NamedTimelinePage,
  Problem,
  TimelineEvent,
  TimelineQuery,
} from "./types";

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** An API answer that was not 2xx; `message` is the problem's `detail` when the server sent one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface TimelineQueryWithFlags extends TimelineQuery {
  conflicted?: boolean;
}

/** A page-by-page read capped at `maxItems`; `truncated` tells that the server had more. */
export interface Loaded<T> {
  items: T[];
  truncated: boolean;
}

const PAGE = "500";
const DEFAULT_MAX_ITEMS = 2000;

export class ApiClient {
  /**
   * @param token read before every request; when it gives a token, it is sent as a bearer token
   */
  constructor(
    private readonly fetchFn: Fetch = (input, init) => fetch(input, init),
    private readonly baseUrl = "",
    private readonly token: () => string | null = () => null,
  ) {}

  /** The ordered timeline for a query, following `next` cursors up to `maxItems`. */
  timeline(query: TimelineQueryWithFlags, maxItems = DEFAULT_MAX_ITEMS): Promise<Loaded<TimelineEvent>> {
    return this.loadPages((cursor) => this.get<Listing<TimelineEvent>>("/api/timeline", { ...queryParams(query), limit: PAGE, cursor }), maxItems);
  }

  /** A named timeline with its items; the header comes from the first page. */
  async namedTimeline(
    slug: string,
    maxItems = DEFAULT_MAX_ITEMS,
  ): Promise<{ timeline: NamedTimeline; items: TimelineEvent[]; truncated: boolean }> {
    let header: NamedTimeline | null = null;
    const path = `/api/timelines/${encodeURIComponent(slug)}`;
    const loaded = await this.loadPages(async (cursor) => {
      const page = await this.get<NamedTimelinePage>(path, { limit: PAGE, cursor });
      header ??= { slug: page.slug, title: page.title, description: page.description, query: page.query };
      return page;
    }, maxItems);
    return { timeline: header!, items: loaded.items, truncated: loaded.truncated };
  }

  async timelines(): Promise<NamedTimeline[]> {
    return (await this.get<Listing<NamedTimeline>>("/api/timelines", { limit: PAGE })).items;
  }

  async entities(q: string, limit = 10): Promise<Entity[]> {
    return (await this.get<Listing<Entity>>("/api/entities", { q, limit: String(limit) })).items;
  }

  event(id: string | number): Promise<TimelineEvent> {
    return this.get<TimelineEvent>(`/api/events/${encodeURIComponent(String(id))}`, {});
  }

  /** Sends an article for ingestion. The server answers with the article's fields at the top level. */
  async ingestArticle(request: ArticleRequest): Promise<IngestResult> {
    const response = await this.send("/api/articles", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(request),
    });
    const body = (await response.json()) as Record<string, unknown>;
    const article = (body.article ?? body) as IngestResult["article"];
    const outcome = (body.outcome as IngestOutcome | undefined) ?? (response.status === 201 ? "CREATED" : "UNCHANGED");
    return {
      article,
      outcome,
      events: (body.events as IngestResult["events"]) ?? [],
      claims: (body.claims as IngestResult["claims"]) ?? [],
      conflicts: (body.conflicts as IngestResult["conflicts"]) ?? [],
    };
  }

  private async loadPages<T>(page: (cursor: string | undefined) => Promise<Listing<T>>, maxItems: number): Promise<Loaded<T>> {
    const items: T[] = [];
    let cursor: string | undefined;
    do {
      const listing = await page(cursor);
      items.push(...listing.items);
      cursor = listing.next ?? undefined;
    } while (cursor && items.length < maxItems);
    return { items: items.slice(0, maxItems), truncated: Boolean(cursor) || items.length > maxItems };
  }

  private async get<T>(path: string, params: Record<string, string | undefined>): Promise<T> {
    const response = await this.send(this.url(path, params), { headers: { Accept: "application/json" } });
    return (await response.json()) as T;
  }

  private url(path: string, params: Record<string, string | undefined>): string {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== "") search.set(key, value);
    }
    const query = search.toString();
    return `${path}${query ? `?${query}` : ""}`;
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    const token = this.token();
    const headers = token ? { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` } : init.headers;
    let response: Response;
    try {
      response = await this.fetchFn(this.baseUrl + path, { ...init, headers });
    } catch (cause) {
      throw new ApiError(`The factline service could not be reached (${(cause as Error).message}).`, 0, null);
    }
    if (!response.ok) throw await toApiError(response);
    return response;
  }
}

function queryParams(query: TimelineQueryWithFlags): Record<string, string | undefined> {
  return {
    entity: query.entity ?? undefined,
    tag: query.tag ?? undefined,
    q: query.q ?? undefined,
    from: query.from ?? undefined,
    to: query.to ?? undefined,
    conflicted: query.conflicted ? "true" : undefined,
  };
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: Problem | null = null;
  try {
    const text = await response.text();
    problem = text ? (JSON.parse(text) as Problem) : null;
  } catch {
    problem = null;
  }
  const message = problem?.detail || problem?.title || `The server answered ${response.status} ${response.statusText}`.trim();
  return new ApiError(message, response.status, problem);
}
