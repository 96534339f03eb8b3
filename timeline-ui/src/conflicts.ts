import { dateText } from "./dates";
import type { Claim, Conflict, ConflictType, TimelineEvent } from "./types";

const TYPE_LABELS: Record<ConflictType, string> = {
  DATE: "Sources disagree on the date",
  CONTRADICTION: "Sources contradict each other",
};

const STATUS_LABELS: Record<string, string> = {
  OPEN: "open",
  RESOLVED: "resolved",
  DISMISSED: "dismissed",
};

export function conflictTitle(conflict: Conflict): string {
  return TYPE_LABELS[conflict.type] ?? `Conflict (${conflict.type})`;
}

export function statusText(conflict: Conflict): string {
  return STATUS_LABELS[conflict.status] ?? conflict.status.toLowerCase();
}

/** Whether the event still has something unsettled, which is what the marker is for. */
export function hasOpenConflict(event: TimelineEvent): boolean {
  return event.conflicted || event.conflicts.some((c) => c.status === "OPEN");
}

/**
 * Who says what, grouped by the claim that differs: "Wire E: 23 January 2026; Bloomberg, Interfax:
 * 22 January 2026" for a date conflict, "asserts: A; denies: B" for a contradiction. Groups keep the
 * order in which their first claim appears so the text is stable.
 */
export function disagreement(conflict: Conflict, claims: Claim[]): string {
  const ids = new Set(conflict.claimIds.map(String));
  const involved = claims.filter((c) => ids.has(String(c.id)));
  const groups = new Map<string, string[]>();
  for (const claim of involved) {
    const key = conflict.type === "DATE" ? dateText(claim.date) : claim.stance === "DENIES" ? "denies" : "asserts";
    const source = claim.outlet || claim.attributedTo || "unnamed source";
    const sources = groups.get(key) ?? [];
    if (!sources.includes(source)) sources.push(source);
    groups.set(key, sources);
  }
  if (conflict.type === "DATE") {
    return [...groups].map(([date, sources]) => `${sources.join(", ")}: ${date}`).join("; ");
  }
  return [...groups].map(([stance, sources]) => `${stance}: ${sources.join(", ")}`).join("; ");
}
