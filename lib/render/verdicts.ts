import type { VerdictTone } from "@/lib/verdicts/scale";
import { html, type SafeHtml } from "./html";
import type { ReaderAnnotation, ReaderVerdict } from "./reader-model";

/**
 * The shape that tells verdicts apart without colour (holds: a check, mixed: a tilde, fails: a
 * cross, unrated: a question mark), drawn by CSS (`.verdict-icon` in app/styles/annotations.css)
 * like the kinds' icons; hidden from screen readers, which read the verdict's label beside it.
 */
export function verdictIconHtml(tone: VerdictTone): SafeHtml {
  return html`<span class="verdict-icon" data-tone="${tone}" aria-hidden="true"></span>`;
}

/**
 * "rated ✗ False", as a note's first line and "Who said what" end: kept on one line, so the
 * shape never sits apart from its word.
 */
export function ratedHtml(verdict: ReaderVerdict): SafeHtml {
  return html`<span class="verdict-label">rated ${verdictIconHtml(verdict.tone)}${verdict.label}</span>`;
}

/** How many of the annotations carry each verdict, by verdict id. */
export function verdictCounts(annotations: readonly ReaderAnnotation[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { verdict } of annotations)
    if (verdict) counts.set(verdict.id, (counts.get(verdict.id) ?? 0) + 1);
  return counts;
}

/** "claims", "allegation", or both: an allegation is never called a claim (DESIGN.md). */
function checkedNoun(rated: readonly ReaderAnnotation[]): string {
  const kinds = new Set(rated.map((a) => a.kind));
  if (kinds.size > 1) return "claims and allegations";
  const one = rated.length === 1;
  return kinds.has("allegation") ? (one ? "allegation" : "allegations") : one ? "claim" : "claims";
}

/**
 * The article's verdicts in one line: "4 claims checked: 1 true, 2 misleading, 1 false",
 * counted in the newsroom's scale order; null when nothing is rated.
 */
export function verdictSummary(
  annotations: readonly ReaderAnnotation[],
  verdicts: readonly ReaderVerdict[],
): string | null {
  const rated = annotations.filter((a) => a.verdict);
  if (rated.length === 0) return null;
  const counts = verdictCounts(rated);
  const parts = verdicts.flatMap((verdict) => {
    const count = counts.get(verdict.id) ?? 0;
    return count > 0 ? [`${count} ${verdict.label.toLowerCase()}`] : [];
  });
  return `${rated.length} ${checkedNoun(rated)} checked: ${parts.join(", ")}`;
}
