import type { PublicSpeakerAnnotation, PublicSpeakerPage } from "@/db/queries/speakers-public";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { formatDate } from "@/lib/format/dates";
import { SPEAKER_TYPE_LABELS } from "@/lib/format/labels";
import { html, type SafeHtml } from "./html";
import { kindIconHtml } from "./kind-icon";
import { type PageMeta, type ReaderAssets, readerDocument } from "./page-shell";
import { paginationHtml } from "./pagination";

/** One page of a speaker's published annotations. */
export interface SpeakerAnnotationsPage extends PublicSpeakerPage {
  page: number;
  pages: number;
}

/** A speaker page's address: "/speakers/ilse-marrow", "/speakers/ilse-marrow?page=2". */
export function speakerHref(slug: string, page: number): string {
  return page > 1 ? `/speakers/${slug}?page=${page}` : `/speakers/${slug}`;
}

function annotationCount(total: number): string {
  return total === 1 ? "1 annotation" : `${total} annotations`;
}

function speakerMeta({ speaker, total, page }: SpeakerAnnotationsPage, base: URL): PageMeta {
  const title = page > 1 ? `${speaker.name}, page ${page}` : speaker.name;
  const about = speaker.description ? `, ${speaker.description}` : "";
  return {
    title,
    description: `${speaker.name}${about}: ${annotationCount(total)} in published articles, with what each one says.`,
    canonical: new URL(speakerHref(speaker.slug, page), base).href,
    openGraphType: "website",
  };
}

/** One attributed passage: its kind, the quote, the attribution and the article it is in. */
function annotationHtml(annotation: PublicSpeakerAnnotation): SafeHtml {
  const cue = annotation.cue
    ? html`<p class="mt-2 text-sm text-muted">Attribution: <span class="italic">${annotation.cue}</span></p>`
    : "";
  const href = `/a/${annotation.articleSlug}#annotation-${annotation.annotationId}`;
  const published = html`<time datetime="${annotation.publishedAt.toISOString()}" class="whitespace-nowrap text-muted">${formatDate(annotation.publishedAt)}</time>`;
  return html`<li class="py-6"><p class="flex items-center gap-2 text-sm font-medium">${kindIconHtml(annotation.kind)}${KIND_LABELS[annotation.kind].one}</p><blockquote class="mt-3 max-w-[38rem] border-l-2 border-rule pl-4 font-serif text-lg leading-relaxed"><p>${annotation.quote}</p></blockquote>${cue}<p class="mt-2 text-sm">in <a href="${href}" class="font-serif underline underline-offset-2 hover:decoration-2">${annotation.articleTitle}</a>, ${published}</p></li>`;
}

/** The annotations, or why there are none on this page. */
function annotationsHtml({ speaker, total, annotations, page }: SpeakerAnnotationsPage): SafeHtml {
  if (total === 0)
    return html`<p class="mt-4 text-muted">Nothing attributed to ${speaker.name} has been published yet.</p>`;
  if (annotations.length === 0)
    return html`<p class="mt-4 text-muted">There is no page ${page}. <a href="${speakerHref(speaker.slug, 1)}" class="text-ink underline underline-offset-2">Go to the first page</a></p>`;
  return html`<ol aria-labelledby="speaker-annotations" class="mt-4 divide-y divide-rule border-y border-rule">${annotations.map(annotationHtml)}</ol>`;
}

/** A speaker's public page; `base` is the public site's address, for the canonical URL. */
export function speakerDocument(
  found: SpeakerAnnotationsPage,
  assets: ReaderAssets,
  base: URL,
): string {
  const { speaker, total, page, pages } = found;
  const description = speaker.description
    ? html`<p class="mt-2 text-lg">${speaker.description}</p>`
    : "";
  const header = html`<header class="max-w-[42rem]"><h1 class="font-serif text-3xl leading-tight font-semibold tracking-tight sm:text-4xl">${speaker.name}</h1><p class="mt-2 text-sm font-medium tracking-wide text-muted uppercase">${SPEAKER_TYPE_LABELS[speaker.type]}</p>${description}</header>`;
  const pagination = paginationHtml(page, pages, (n) => speakerHref(speaker.slug, n));
  const section = html`<section class="mt-10"><h2 id="speaker-annotations" class="text-xl font-semibold">${annotationCount(total)} in published articles</h2>${annotationsHtml(found)}${pagination}</section>`;
  return readerDocument(speakerMeta(found, base), assets, html`${header}${section}`);
}
