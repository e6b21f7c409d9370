import { ANNOTATION_KINDS, type AnnotationKind } from "@/db/enums";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { html, type SafeHtml } from "./html";
import { kindIconHtml } from "./kind-icon";
import type { ReaderVerdict } from "./reader-model";
import { MAX_FILTERED_VERDICTS, NO_VERDICT, type ReaderFilter } from "./reader-filter";
import { verdictIconHtml } from "./verdicts";

/** What the legend counts: annotations per kind, per verdict (by id), and those without one. */
export interface LegendCounts {
  kinds: Record<AnnotationKind, number>;
  verdicts: ReadonlyMap<string, number>;
  withoutVerdict: number;
}

const CHECKBOX = "size-4 accent-[var(--color-accent)]";

/** One box of the legend: named by its label alone; the count describes it. */
function rowHtml(box: {
  name: "show" | "verdict";
  value: string;
  /** The `data-hide` token when it is not the value (see reader-filter.ts). */
  hides?: string;
  checked: boolean;
  countId: string;
  count: number;
  label: SafeHtml;
}): SafeHtml {
  const checked = box.checked ? html` checked` : "";
  const hides = box.hides ? html` data-hides="${box.hides}"` : "";
  return html`<li class="flex items-center gap-2"><label class="flex items-center gap-2"><input type="checkbox" name="${box.name}" value="${box.value}"${hides}${checked} aria-describedby="${box.countId}" class="${CHECKBOX}">${box.label}</label><span id="${box.countId}" class="text-muted"><span aria-hidden="true">(${box.count})</span><span class="sr-only">${box.count} in this article</span></span></li>`;
}

function kindRowsHtml(counts: LegendCounts, filter: ReaderFilter): SafeHtml[] {
  return ANNOTATION_KINDS.map((kind) =>
    rowHtml({
      name: "show",
      value: kind,
      checked: filter.shownKinds.includes(kind),
      countId: `kind-count-${kind}`,
      count: counts.kinds[kind],
      label: html`${kindIconHtml(kind)}<span class="legend-sample" data-kind="${kind}">${KIND_LABELS[kind].many}</span>`,
    }),
  );
}

/** Every verdict the article uses, in scale order, then "No verdict". */
function verdictFieldsetHtml(
  verdicts: readonly ReaderVerdict[],
  counts: LegendCounts,
  filter: ReaderFilter,
): SafeHtml | "" {
  if (verdicts.length === 0 || verdicts.length > MAX_FILTERED_VERDICTS) return "";
  const rows = verdicts.map((verdict) =>
    rowHtml({
      name: "verdict",
      value: verdict.slug,
      hides: `verdict-${verdict.number}`,
      checked: !filter.hiddenVerdicts.includes(verdict.slug),
      countId: `verdict-count-${verdict.number}`,
      count: counts.verdicts.get(verdict.id) ?? 0,
      label: html`${verdictIconHtml(verdict.tone)}<span>${verdict.label}</span>`,
    }),
  );
  const none = rowHtml({
    name: "verdict",
    value: NO_VERDICT,
    checked: !filter.hiddenVerdicts.includes(NO_VERDICT),
    countId: "verdict-count-none",
    count: counts.withoutVerdict,
    label: html`<span class="verdict-icon" aria-hidden="true"></span><span>No verdict</span>`,
  });
  // The marker says the boxes were sent: with none ticked, no `verdict` would be. Two columns
  // on a phone, where the legend comes before the article.
  return html`<fieldset class="mt-4"><legend class="font-semibold">Verdicts</legend><input type="hidden" name="verdict_filter" value="1"><ul class="mt-2 grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-3 lg:grid-cols-1">${rows}${none}</ul></fieldset>`;
}

/**
 * The legend: counts per kind and per verdict, and checkboxes that show or hide their
 * highlights. A span's highlight hides when its kind or its verdict is unticked ("No verdict"
 * governs unrated claims and allegations and verified facts). The reader script applies a change
 * at once and puts it in the URL; without JavaScript, "Apply" submits the form and the server
 * renders the choice.
 */
export function filterFormHtml(
  verdicts: readonly ReaderVerdict[],
  counts: LegendCounts,
  filter: ReaderFilter,
): SafeHtml {
  return html`<form method="get" aria-label="Filter highlights" class="reader-filter rounded-lg border border-rule p-4 font-sans text-sm"><input type="hidden" name="filter" value="1"><fieldset><legend class="font-semibold">Highlights in this article</legend><ul class="mt-2 space-y-2">${kindRowsHtml(counts, filter)}</ul></fieldset>${verdictFieldsetHtml(verdicts, counts, filter)}<noscript><button type="submit" class="mt-3 rounded-md border border-rule px-3 py-1">Apply</button></noscript></form>`;
}
