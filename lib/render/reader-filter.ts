import { ANNOTATION_KINDS, type AnnotationKind } from "@/db/enums";
import { kindFilterQuery, shownKinds } from "./kind-filter";
import type { ReaderVerdict } from "./reader-model";

/**
 * The "No verdict" box's value: spans without a verdict (unrated claims and allegations, and
 * verified facts, which are never rated). Not a possible verdict slug, which has no underscore.
 */
export const NO_VERDICT = "no_verdict";

/**
 * The newsroom names its verdicts, so the spans carry a verdict's place in the revision's
 * scale (`data-verdict="1"`…) and app/styles/annotations.css has a fixed rule per place, up to
 * this many. An article using more distinct verdicts than that gets no verdict filter.
 */
export const MAX_FILTERED_VERDICTS = 16;

/**
 * What a reader asked to see, as the address says it. Kinds keep their shape
 * (`?filter=1&show=official_claim`); verdicts add `verdict_filter=1` and a `verdict` per verdict
 * shown (its slug, or `no_verdict`), the same shape the legend's GET form submits. Without
 * `verdict_filter` every verdict shows, so addresses from before verdicts keep their meaning.
 */
export interface RequestedFilter {
  kinds: AnnotationKind[];
  /** Null: every verdict. */
  verdicts: ReadonlySet<string> | null;
}

export function requestedFilter(query: URLSearchParams): RequestedFilter {
  return {
    kinds: shownKinds({ filter: query.get("filter") ?? undefined, show: query.getAll("show") }),
    verdicts: query.has("verdict_filter") ? new Set(query.getAll("verdict")) : null,
  };
}

/**
 * A filter fitted to one article: what its reader sees hidden. Verdict slugs the article does
 * not use are ignored, so an address can name only the few variants each article has.
 */
export interface ReaderFilter {
  shownKinds: AnnotationKind[];
  /** Slugs of the article's verdicts hidden, and NO_VERDICT when those without one are. */
  hiddenVerdicts: string[];
}

export function fitFilter(
  requested: RequestedFilter,
  verdicts: readonly ReaderVerdict[],
): ReaderFilter {
  const shown = requested.verdicts;
  const filterable = verdicts.length > 0 && verdicts.length <= MAX_FILTERED_VERDICTS;
  const choices = [...verdicts.map((verdict) => verdict.slug), NO_VERDICT];
  return {
    shownKinds: requested.kinds,
    hiddenVerdicts: shown && filterable ? choices.filter((choice) => !shown.has(choice)) : [],
  };
}

/** The one address of a filter (and its cache key): "" when everything shows. */
export function readerFilterQuery(
  filter: ReaderFilter,
  verdicts: readonly ReaderVerdict[],
): string {
  const params = new URLSearchParams(kindFilterQuery(filter.shownKinds));
  if (filter.hiddenVerdicts.length > 0) {
    params.append("verdict_filter", "1");
    for (const choice of [...verdicts.map((verdict) => verdict.slug), NO_VERDICT])
      if (!filter.hiddenVerdicts.includes(choice)) params.append("verdict", choice);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * The tokens of the article's `data-hide` attribute, which app/styles/annotations.css reads:
 * a span's highlight is hidden when its kind is hidden or its verdict (or "No verdict") is. The
 * reader script writes the same tokens, from each box's value or its `data-hides`.
 */
export function hiddenTokens(filter: ReaderFilter, verdicts: readonly ReaderVerdict[]): string[] {
  const hiddenKinds = ANNOTATION_KINDS.filter((kind) => !filter.shownKinds.includes(kind));
  const hiddenVerdicts = filter.hiddenVerdicts.map((choice) => verdictToken(choice, verdicts));
  return [...hiddenKinds, ...hiddenVerdicts];
}

/** "verdict-3" for the revision's third verdict; NO_VERDICT stays itself. */
export function verdictToken(choice: string, verdicts: readonly ReaderVerdict[]): string {
  const verdict = verdicts.find((v) => v.slug === choice);
  return verdict ? `verdict-${verdict.number}` : choice;
}
