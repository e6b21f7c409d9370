import type { AnnotationKind } from "@/db/enums";
import { ANNOTATION_KINDS } from "@/db/enums";
import {
  COUNT_LIMIT,
  type PublicSearchChoices,
  type PublicSearchHit,
} from "@/db/queries/search-public";
import { KIND_LABELS } from "@/lib/editor/kinds";
import {
  hasMarks,
  markedPieces,
  matchCount,
  quotedSearch,
  wholeWords,
} from "@/lib/search/marked-text";
import { html, type SafeHtml } from "./html";
import { kindIconHtml } from "./kind-icon";
import { type PageMeta, type ReaderAssets, readerDocument } from "./page-shell";
import { paginationHtml } from "./pagination";

/** The public search as asked for, every value already checked (unknown ones dropped). */
export interface PublicSearchForm {
  q: string;
  kind: AnnotationKind | "";
  speaker: string;
  verdict: string;
  article: string;
}

export interface PublicSearchResults {
  form: PublicSearchForm;
  /** Why part of the request was not used: a search cut short, an unknown filter. */
  notices: string[];
  /** "empty": nothing to search for; "no-words": only words too common to search for. */
  state: "empty" | "no-words" | "searched";
  hits: PublicSearchHit[];
  total: number;
  page: number;
  pages: number;
  choices: PublicSearchChoices;
}

/** The search's address for a page: only the fields set, in a fixed order. */
export function searchHref(form: Record<keyof PublicSearchForm, string>, page: number): string {
  const params = new URLSearchParams();
  for (const name of ["q", "kind", "speaker", "verdict", "article"] as const) {
    if (form[name]) params.set(name, form[name]);
  }
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/search?${search}` : "/search";
}

/** A headline with its matched words in <mark>, every piece escaped. */
function markedHtml(headline: string): SafeHtml {
  return html`${markedPieces(headline).map((piece) =>
    piece.marked ? html`<mark class="search-mark">${piece.text}</mark>` : piece.text,
  )}`;
}

function selectHtml(
  name: keyof PublicSearchForm,
  label: string,
  selected: string,
  options: { value: string; label: string }[],
): SafeHtml {
  const optionHtml = (o: { value: string; label: string }) =>
    o.value === selected
      ? html`<option value="${o.value}" selected>${o.label}</option>`
      : html`<option value="${o.value}">${o.label}</option>`;
  return html`<div><label for="search-${name}" class="block text-sm font-medium">${label}</label><select id="search-${name}" name="${name}" class="mt-1 w-full rounded-md border border-rule bg-paper px-3 py-2 text-sm">${optionHtml({ value: "", label: "All" })}${options.map(optionHtml)}</select></div>`;
}

/** The form, showing the search it answered. Without JavaScript: a plain GET. */
function formHtml({ form, choices }: PublicSearchResults): SafeHtml {
  const kinds = ANNOTATION_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind].one }));
  const filters = html`${selectHtml("kind", "Kind", form.kind, kinds)}${selectHtml(
    "speaker",
    "Speaker",
    form.speaker,
    choices.speakers.map((s) => ({ value: s.id, label: s.name })),
  )}${selectHtml(
    "verdict",
    "Verdict",
    form.verdict,
    choices.verdicts.map((v) => ({ value: v.slug, label: v.label })),
  )}${selectHtml(
    "article",
    "Article",
    form.article,
    choices.articles.map((a) => ({ value: a.slug, label: a.title })),
  )}`;
  return html`<form method="get" action="/search" role="search" aria-label="Search claims" class="mt-6 space-y-4"><div class="flex flex-wrap items-end gap-3"><div class="min-w-0 flex-1 basis-64"><label for="search-q" class="block text-sm font-medium">Search claims</label><input id="search-q" name="q" type="search" value="${form.q}" maxlength="200" autocomplete="off" aria-describedby="search-q-hint" class="mt-1 w-full rounded-md border border-rule bg-transparent px-3 py-2"></div><button type="submit" class="rounded-md border border-rule px-4 py-2 font-medium hover:bg-rule/40">Search</button></div><p id="search-q-hint" class="text-xs text-muted">Use “quotes” for a phrase and -word to leave a word out.</p><div class="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">${filters}</div></form>`;
}

function hitHtml(hit: PublicSearchHit): SafeHtml {
  const href = `/a/${hit.articleSlug}#annotation-${hit.annotationId}`;
  const speaker = hit.speakerName ? html`<span>${hit.speakerName}</span>` : "";
  const verdict = hit.verdictLabel ? html`<span>Verdict: ${hit.verdictLabel}</span>` : "";
  const prefix = hit.prefix
    ? html`<span class="text-muted">…${markedHtml(wholeWords(hit.prefix, "prefix"))}</span>`
    : "";
  const suffix = hit.suffix
    ? html`<span class="text-muted">${markedHtml(wholeWords(hit.suffix, "suffix"))}…</span>`
    : "";
  const note = hasMarks(hit.note)
    ? html`<p class="mt-1 text-sm text-muted">Note: ${markedHtml(hit.note)}</p>`
    : "";
  return html`<li class="py-5"><p class="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm"><span class="flex items-center gap-2 font-medium">${kindIconHtml(hit.kind)}${KIND_LABELS[hit.kind].one}</span>${speaker}${verdict}</p><p class="mt-2 max-w-[42rem] font-serif text-lg leading-relaxed">${prefix}<a href="${href}" class="font-semibold underline-offset-2 hover:underline">${markedHtml(hit.quote)}</a>${suffix}</p>${note}<p class="mt-1 text-sm text-muted">in <a href="${href}" class="font-serif underline underline-offset-2">${hit.articleTitle}</a></p></li>`;
}

function resultsHtml(results: PublicSearchResults): SafeHtml {
  const { state, form, hits, total, page, pages } = results;
  const q = form.q;
  const status = (text: SafeHtml | string) =>
    html`<p role="status" class="mt-8 text-muted">${text}</p>`;
  if (state === "empty")
    return status("Type words to search every published claim, then choose Search.");
  if (state === "no-words")
    return status(
      `${quotedSearch(q)} has only words too common to search for. Add a more specific word.`,
    );
  if (total === 0 && page === 1) return status(`No published claim matches ${quotedSearch(q)}.`);
  if (hits.length === 0)
    return status(
      html`There is no page ${page}. <a href="${searchHref(form, 1)}" class="text-ink underline underline-offset-2">Go to the first page</a>`,
    );
  const pagination = paginationHtml(page, pages, (n) => searchHref(form, n));
  return html`<p role="status" class="mt-8 text-sm text-muted">${matchCount(total, COUNT_LIMIT)} ${quotedSearch(q)}</p><ol aria-label="Results" class="mt-3 divide-y divide-rule border-y border-rule">${hits.map(hitHtml)}</ol>${pagination}`;
}

function searchMeta(results: PublicSearchResults, base: URL): PageMeta {
  const { q } = results.form;
  return {
    title: q ? `Claims matching “${q}”` : "Search claims",
    description: "Search every official claim, allegation and verified fact in published articles.",
    // Results are not pages of their own: they point at the empty search and stay out of indexes.
    canonical: new URL("/search", base).href,
    openGraphType: "website",
    noIndex: !!q,
  };
}

/** The public search page: the form, any notices about the request, and the results. */
export function searchDocument(
  results: PublicSearchResults,
  assets: ReaderAssets,
  base: URL,
): string {
  const notices = results.notices.length
    ? html`<ul class="mt-4 space-y-1 rounded-md border border-amber-600/60 px-4 py-3 text-sm">${results.notices.map((n) => html`<li>${n}</li>`)}</ul>`
    : "";
  const main = html`<h1 class="font-serif text-3xl font-semibold tracking-tight">Search claims</h1><p class="mt-2 max-w-[42rem] text-muted">Every official claim, allegation and verified fact in published articles: what was said, who said it and what we found.</p>${formHtml(results)}${notices}${resultsHtml(results)}`;
  return readerDocument(searchMeta(results, base), assets, main);
}
