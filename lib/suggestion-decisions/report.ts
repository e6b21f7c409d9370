import type { Db } from "@/db/client";
import { type DecisionOutcomeRow, listDecisionOutcomes } from "@/db/queries/suggestion-decisions";

/**
 * What became of a suggestion. An accepted one is "changed" when its annotation's kind, speaker
 * or cue now differs from the suggestion's, and "removed" when the annotation was deleted or its
 * text is no longer in the document (undoing an acceptance detaches it): removed ones count as
 * not accepted in the acceptance rate.
 */
export type Outcome = "acceptedAsIs" | "acceptedThenChanged" | "acceptedThenRemoved" | "rejected";

export interface RuleReport {
  rule: string;
  decided: number;
  acceptedAsIs: number;
  acceptedThenChanged: number;
  acceptedThenRemoved: number;
  rejected: number;
  /** Accepted and still in the article (as is or changed) per decision; null with none decided. */
  acceptanceRate: number | null;
}

export interface SuggestionReport {
  rules: RuleReport[];
  total: RuleReport;
}

/** Names compare as a person reads them: case, spacing and Unicode composition aside. */
function normalize(value: string): string {
  return value.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

function sameSpeaker(row: DecisionOutcomeRow): boolean {
  const now = row.annotation!;
  if (row.speakerName === null) return now.speakerName === null;
  if (now.speakerName === null) return false;
  // The suggester may name a known speaker by the alias the article uses.
  const suggested = normalize(row.speakerName);
  return [now.speakerName, ...(now.speakerAliases ?? [])].some((n) => normalize(n) === suggested);
}

export function outcomeOf(row: DecisionOutcomeRow): Outcome {
  if (row.decision === "rejected") return "rejected";
  const now = row.annotation;
  if (!now || now.detached) return "acceptedThenRemoved";
  const unchanged =
    now.kind === row.kind && sameSpeaker(row) && normalize(now.cue) === normalize(row.cue);
  return unchanged ? "acceptedAsIs" : "acceptedThenChanged";
}

function emptyReport(rule: string): RuleReport {
  return {
    rule,
    decided: 0,
    acceptedAsIs: 0,
    acceptedThenChanged: 0,
    acceptedThenRemoved: 0,
    rejected: 0,
    acceptanceRate: null,
  };
}

function withRate(report: RuleReport): RuleReport {
  const kept = report.acceptedAsIs + report.acceptedThenChanged;
  return { ...report, acceptanceRate: report.decided ? kept / report.decided : null };
}

/** Decisions per rule, alphabetically, and over all rules; `since` limits them to a period. */
export async function suggestionReport(
  db: Db,
  since: Date | null = null,
): Promise<SuggestionReport> {
  const byRule = new Map<string, RuleReport>();
  const total = emptyReport("All rules");
  for (const row of await listDecisionOutcomes(db, since)) {
    const report = byRule.get(row.rule) ?? emptyReport(row.rule);
    byRule.set(row.rule, report);
    const outcome = outcomeOf(row);
    for (const counts of [report, total]) {
      counts.decided++;
      counts[outcome]++;
    }
  }
  return { rules: [...byRule.values()].map(withRate), total: withRate(total) };
}

const COLUMNS: [string, (r: RuleReport) => string][] = [
  ["Decided", (r) => String(r.decided)],
  ["As is", (r) => String(r.acceptedAsIs)],
  ["Changed", (r) => String(r.acceptedThenChanged)],
  ["Removed", (r) => String(r.acceptedThenRemoved)],
  ["Rejected", (r) => String(r.rejected)],
  [
    "Acceptance",
    (r) => (r.acceptanceRate === null ? "–" : `${(r.acceptanceRate * 100).toFixed(1)}%`),
  ],
];

/** The report as a plain-text table, one line per rule and a total. */
export function formatReport(report: SuggestionReport): string {
  if (report.total.decided === 0) return "No suggestion decisions recorded yet.";
  const lines = [...report.rules, report.total];
  const ruleWidth = Math.max("Rule".length, ...lines.map((r) => r.rule.length));
  const widths = COLUMNS.map(([title, cell]) =>
    Math.max(title.length, ...lines.map((r) => cell(r).length)),
  );
  const row = (first: string, cells: string[]) =>
    [first.padEnd(ruleWidth), ...cells.map((c, i) => c.padStart(widths[i]!))].join("  ");
  const rule = "-".repeat(ruleWidth + widths.reduce((sum, w) => sum + w + 2, 0));
  return [
    row(
      "Rule",
      COLUMNS.map(([title]) => title),
    ),
    rule,
    ...report.rules.map((r) =>
      row(
        r.rule,
        COLUMNS.map(([, cell]) => cell(r)),
      ),
    ),
    rule,
    row(
      report.total.rule,
      COLUMNS.map(([, cell]) => cell(report.total)),
    ),
    "",
    "As is: accepted, and the annotation's kind, speaker (name or alias) and cue are still as suggested.",
    "Changed: accepted, then its kind, speaker or cue was changed.",
    "Removed: accepted, but the annotation is no longer in the article (undone, its text deleted, or deleted).",
    "Acceptance: (as is + changed) / decided.",
  ].join("\n");
}
