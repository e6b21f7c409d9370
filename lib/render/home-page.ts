import { ANNOTATION_KINDS, type AnnotationKind } from "@/db/enums";
import type { PublishedArticleCard } from "@/db/queries/reader";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { formatDate } from "@/lib/format/dates";
import { html, type SafeHtml } from "./html";
import { kindIconHtml } from "./kind-icon";
import { type ReaderAssets, readerDocument } from "./page-shell";

const TITLE = "Published articles";
const DESCRIPTION =
  "News articles with every official claim, allegation and verified fact marked, attributed and sourced.";

/** "6 official claims", "1 allegation". */
function kindCount(kind: AnnotationKind, count: number): string {
  const label = count === 1 ? KIND_LABELS[kind].one : KIND_LABELS[kind].many;
  return `${count} ${label.toLowerCase()}`;
}

function articleCardHtml(article: PublishedArticleCard): SafeHtml {
  const description = article.description
    ? html`<p class="mt-2 max-w-[42rem] font-serif text-lg leading-relaxed">${article.description}</p>`
    : "";
  // Every kind, even at zero: a reader compares articles by these counts.
  const counts = ANNOTATION_KINDS.map(
    (kind, i) =>
      html`${i > 0 ? " · " : ""}<span class="inline-flex items-center gap-1 whitespace-nowrap">${kindIconHtml(kind)}${kindCount(kind, article.counts[kind])}</span>`,
  );
  return html`<li class="py-6"><a href="/a/${article.slug}" class="font-serif text-2xl leading-snug font-semibold hover:underline">${article.title}</a>${description}<p class="mt-3 text-sm text-muted">Published <time datetime="${article.publishedAt.toISOString()}">${formatDate(article.publishedAt)}</time></p><p class="mt-1 text-sm">${counts}</p></li>`;
}

/** The home page's content: every published article, newest first, or a word that there is none. */
export function homeMainHtml(articles: PublishedArticleCard[]): SafeHtml {
  const list =
    articles.length === 0
      ? html`<p class="mt-6 text-muted">Nothing has been published yet.</p>`
      : html`<ul class="mt-6 divide-y divide-rule border-y border-rule" aria-label="Published articles">${articles.map(articleCardHtml)}</ul>`;
  return html`<h1 class="font-serif text-3xl font-semibold tracking-tight">${TITLE}</h1>${list}`;
}

/** The whole home page; `base` is the public site's address, for the canonical URL. */
export function homeDocument(
  articles: PublishedArticleCard[],
  assets: ReaderAssets,
  base: URL,
): string {
  const meta = {
    title: TITLE,
    description: DESCRIPTION,
    canonical: new URL("/", base).href,
    openGraphType: "website" as const,
  };
  return readerDocument(meta, assets, homeMainHtml(articles));
}
