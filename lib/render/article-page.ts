import type { AnnotationKind } from "@/db/enums";
import type { CheckedArticle } from "@/db/revision-snapshot";
import { formatDate } from "@/lib/format/dates";
import { exportLinksHtml } from "./export-links";
import { filterFormHtml, type LegendCounts } from "./filter-form";
import { html, type SafeHtml } from "./html";
import { provenanceHtml } from "./provenance";
import { hiddenTokens, type ReaderFilter } from "./reader-filter";
import type { ReaderVerdict } from "./reader-model";

/** One published revision's reader page, rendered once: everything but the reader's filter. */
export interface RenderedArticle {
  title: string;
  description: string;
  publishedAt: Date;
  revisionNumber: number;
  annotationCount: number;
  counts: LegendCounts;
  /** The verdicts the revision uses, in scale order. */
  verdicts: ReaderVerdict[];
  /** "4 claims checked: …", or null when nothing is rated. */
  verdictSummary: string | null;
  /** The piece this article checks; null without provenance (and on older revisions). */
  checkedArticle: CheckedArticle | null;
  /** The rated claims as ClaimReview JSON-LD for the page's head; null when none is rated. */
  structuredData: string | null;
  bodyHtml: SafeHtml;
  whoSaidWhatHtml: SafeHtml;
  notesHtml: SafeHtml;
}

/** Counts per kind for the legend, from the annotations' kinds. */
export function kindCounts(kinds: readonly AnnotationKind[]): Record<AnnotationKind, number> {
  const counts: Record<AnnotationKind, number> = {
    official_claim: 0,
    allegation: 0,
    verified_fact: 0,
  };
  for (const kind of kinds) counts[kind]++;
  return counts;
}

/** The line under the title; "Fact-check published" when there is a checked article's date too. */
function publishedLineHtml(article: RenderedArticle): SafeHtml {
  const revision = article.revisionNumber > 1 ? ` · revision ${article.revisionNumber}` : "";
  const annotated =
    article.annotationCount > 0 ? ` · ${article.annotationCount} annotated passages` : "";
  const published = html`<time datetime="${article.publishedAt.toISOString()}">${formatDate(article.publishedAt)}</time>`;
  const what = article.checkedArticle ? "Fact-check published" : "Published";
  return html`<p class="text-sm text-muted">${what} ${published}${revision}${annotated}</p>`;
}

/** The article page's content: the text, "Who said what", the notes and the legend. */
export function articleMainHtml(
  article: RenderedArticle,
  filter: ReaderFilter,
  exportHref: string,
): SafeHtml {
  const hidden = hiddenTokens(filter, article.verdicts);
  const summary = article.verdictSummary
    ? html`<p class="verdict-summary font-sans text-base font-medium">${article.verdictSummary}</p>`
    : "";
  const text = html`<article id="article" data-hide="${hidden.join(" ")}" class="min-w-0"><h1 class="font-serif text-3xl leading-tight font-semibold tracking-tight sm:text-4xl">${article.title}</h1><div class="mt-3 mb-8 space-y-4">${publishedLineHtml(article)}${provenanceHtml(article.checkedArticle)}${summary}</div>${article.bodyHtml}${article.whoSaidWhatHtml}${article.notesHtml}</article>`;
  const aside = html`<aside class="no-print order-first lg:order-none"><div class="lg:sticky lg:top-6">${filterFormHtml(article.verdicts, article.counts, filter)}<p class="mt-3 text-xs text-muted">Select a highlighted passage to see its kind, who said it and what backs it.</p>${exportLinksHtml(exportHref)}</div></aside>`;
  return html`<div class="grid gap-10 lg:grid-cols-[minmax(0,38rem)_16rem] lg:justify-between">${text}${aside}</div>`;
}
