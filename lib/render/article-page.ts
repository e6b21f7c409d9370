import { ANNOTATION_KINDS, type AnnotationKind } from "@/db/enums";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { formatDate } from "@/lib/format/dates";
import { exportLinksHtml } from "./export-links";
import { html, type SafeHtml } from "./html";
import { kindIconHtml } from "./kind-icon";

/** One published revision's reader page, rendered once: everything but the reader's filter. */
export interface RenderedArticle {
  title: string;
  description: string;
  publishedAt: Date;
  revisionNumber: number;
  annotationCount: number;
  counts: Record<AnnotationKind, number>;
  bodyHtml: SafeHtml;
  whoSaidWhatHtml: SafeHtml;
  notesHtml: SafeHtml;
}

/**
 * The legend: counts per kind, and checkboxes that show or hide each kind's highlights. The
 * reader script applies a change at once and puts it in the URL; without JavaScript, "Apply"
 * submits the form and the server renders the choice.
 */
function kindFilterHtml(counts: Record<AnnotationKind, number>, shown: AnnotationKind[]): SafeHtml {
  const rows = ANNOTATION_KINDS.map((kind) => {
    const checked = shown.includes(kind) ? html` checked` : "";
    // The checkbox is named by its kind alone; the count describes it.
    return html`<li class="flex items-center gap-2"><label class="flex items-center gap-2"><input type="checkbox" name="show" value="${kind}"${checked} aria-describedby="kind-count-${kind}" class="size-4 accent-[var(--color-accent)]">${kindIconHtml(kind)}<span class="legend-sample" data-kind="${kind}">${KIND_LABELS[kind].many}</span></label><span id="kind-count-${kind}" class="text-muted"><span aria-hidden="true">(${counts[kind]})</span><span class="sr-only">${counts[kind]} in this article</span></span></li>`;
  });
  return html`<form method="get" aria-label="Annotation kinds" class="kind-filter rounded-lg border border-rule p-4 font-sans text-sm"><input type="hidden" name="filter" value="1"><fieldset><legend class="font-semibold">Highlights in this article</legend><ul class="mt-2 space-y-2">${rows}</ul></fieldset><noscript><button type="submit" class="mt-3 rounded-md border border-rule px-3 py-1">Apply</button></noscript></form>`;
}

/** The article page's content: the text, "Who said what", the notes and the legend. */
export function articleMainHtml(
  article: RenderedArticle,
  shown: AnnotationKind[],
  exportHref: string,
): SafeHtml {
  const hidden = ANNOTATION_KINDS.filter((kind) => !shown.includes(kind));
  const revision = article.revisionNumber > 1 ? ` · revision ${article.revisionNumber}` : "";
  const annotated =
    article.annotationCount > 0 ? ` · ${article.annotationCount} annotated passages` : "";
  const published = html`<time datetime="${article.publishedAt.toISOString()}">${formatDate(article.publishedAt)}</time>`;
  const text = html`<article id="article" data-hide="${hidden.join(" ")}" class="min-w-0"><h1 class="font-serif text-3xl leading-tight font-semibold tracking-tight sm:text-4xl">${article.title}</h1><p class="mt-3 mb-8 text-sm text-muted">Published ${published}${revision}${annotated}</p>${article.bodyHtml}${article.whoSaidWhatHtml}${article.notesHtml}</article>`;
  const aside = html`<aside class="no-print order-first lg:order-none"><div class="lg:sticky lg:top-6">${kindFilterHtml(article.counts, shown)}<p class="mt-3 text-xs text-muted">Select a highlighted passage to see its kind, who said it and what backs it.</p>${exportLinksHtml(exportHref)}</div></aside>`;
  return html`<div class="grid gap-10 lg:grid-cols-[minmax(0,38rem)_16rem] lg:justify-between">${text}${aside}</div>`;
}
