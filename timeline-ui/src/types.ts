/** Shapes of factline's REST API (see the REST contract in the README). */

export type Precision = string;

export interface DateView {
  value: string;
  precision: Precision;
  start: string | null;
  end: string | null;
  display: string;
  approximate: boolean;
  uncertain: boolean;
}

export type Stance = "ASSERTS" | "DENIES";
export type Rank = "PREFERRED" | "NORMAL" | "DEPRECATED";

export interface Claim {
  id: string | number;
  eventId: string | number;
  articleId: string | number | null;
  sourceUrl: string | null;
  outlet: string | null;
  attributedTo: string | null;
  quote: string | null;
  begin: number | null;
  end: number | null;
  stance: Stance;
  date: DateView | null;
  rank: Rank;
  extracted: boolean;
  /** From an earlier text of a corrected article: kept for the record, no longer counted. */
  superseded?: boolean;
}

export type ConflictType = "DATE" | "CONTRADICTION";
export type ConflictStatus = "OPEN" | "RESOLVED" | "DISMISSED";

export interface Conflict {
  id: string | number;
  type: ConflictType;
  status: ConflictStatus;
  eventIds: Array<string | number>;
  claimIds: Array<string | number>;
  explanation: string | null;
  note: string | null;
}

export interface TimelineEvent {
  id: string | number;
  title: string;
  summary: string | null;
  kind: string | null;
  location: string | null;
  participants: string[];
  tags: string[];
  date: DateView | null;
  conflicted: boolean;
  claims: Claim[];
  conflicts: Conflict[];
}

export interface Listing<T> {
  items: T[];
  next: string | null;
}

export interface Entity {
  id: string | number;
  name: string;
  kind: string | null;
  aliases: string[];
  eventCount: number;
}

export interface TimelineQuery {
  entity?: string | null;
  tag?: string | null;
  q?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface NamedTimeline {
  slug: string;
  title: string;
  description: string | null;
  query: TimelineQuery | null;
}

export interface NamedTimelinePage extends NamedTimeline, Listing<TimelineEvent> {}

export interface ArticleRequest {
  url: string;
  outlet: string;
  title: string;
  publishedAt: string;
  text: string;
}

export type IngestOutcome = "CREATED" | "UNCHANGED" | "UPDATED";

/** What POST /api/articles answers: the stored article and what extraction produced from it. */
export interface IngestResult {
  article: { id: string | number; url?: string; outlet?: string; title?: string };
  outcome: IngestOutcome;
  events: TimelineEvent[];
  claims: Claim[];
  conflicts: Conflict[];
}

/** RFC 9457 problem details, as every 4xx of the API carries. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
}
