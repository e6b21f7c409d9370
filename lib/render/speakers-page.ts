import type { PublicSpeakerSummary } from "@/db/queries/speakers-public";
import { describeKindCounts, SPEAKER_TYPE_LABELS } from "@/lib/format/labels";
import { html, type SafeHtml } from "./html";
import { type PageMeta, type ReaderAssets, readerDocument } from "./page-shell";
import { paginationHtml } from "./pagination";

/** One page of the speaker list, as the database gave it. */
export interface SpeakerListPage {
  /** The search text, already cleaned; "" for the whole list. */
  query: string;
  page: number;
  pages: number;
  /** Speakers matching the search, on every page. */
  total: number;
  speakers: PublicSpeakerSummary[];
}

const DESCRIPTION =
  "People and organizations quoted in Claimmark’s published articles, with everything attributed to them.";

/** The list's address for a search and page: "/speakers", "/speakers?q=marrow&page=2". */
export function speakersHref(query: string, page: number): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/speakers?${search}` : "/speakers";
}

function speakersMeta(list: SpeakerListPage, base: URL): PageMeta {
  const { query, page } = list;
  const title = query
    ? `Speakers matching “${query}”`
    : page > 1
      ? `Speakers, page ${page}`
      : "Speakers";
  // Search results are not a page of their own: they point at the list and stay out of indexes.
  const canonical = new URL(speakersHref("", query ? 1 : page), base).href;
  return { title, description: DESCRIPTION, canonical, openGraphType: "website", noIndex: !!query };
}

/** The search form, showing the search it answered. Without JavaScript: a plain GET. */
function searchFormHtml(query: string): SafeHtml {
  return html`<form method="get" action="/speakers" role="search" aria-label="Find a speaker" class="mt-6 flex flex-wrap items-end gap-3"><div class="min-w-56 flex-1 sm:max-w-md"><label for="speaker-search" class="block text-sm font-medium">Search speakers</label><input id="speaker-search" name="q" type="search" value="${query}" maxlength="200" autocomplete="off" class="mt-1 w-full rounded-md border border-rule bg-transparent px-3 py-2"></div><button type="submit" class="rounded-md border border-rule px-4 py-2 font-medium hover:bg-rule/40">Search</button></form>`;
}

function speakerRowHtml(speaker: PublicSpeakerSummary): SafeHtml {
  const description = speaker.description ? ` · ${speaker.description}` : "";
  return html`<li class="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 py-4"><div class="min-w-0"><a href="/speakers/${speaker.slug}" class="font-serif text-xl font-semibold hover:underline">${speaker.name}</a><p class="mt-1 text-sm text-muted">${SPEAKER_TYPE_LABELS[speaker.type]}${description}</p></div><p class="text-sm whitespace-nowrap">${describeKindCounts(speaker.counts)}</p></li>`;
}

/** The results: nobody at all, nobody matching, a page past the end, or the page's speakers. */
function resultsHtml(list: SpeakerListPage): SafeHtml {
  const { query, page, pages, total, speakers } = list;
  const textLink = (href: string, text: string) =>
    html`<a href="${href}" class="text-ink underline underline-offset-2">${text}</a>`;
  if (total === 0) {
    const empty = query
      ? html`No speakers match “${query}”. ${textLink("/speakers", "Show all speakers")}`
      : "Nobody has been quoted in a published article yet.";
    return html`<p class="mt-8 text-muted">${empty}</p>`;
  }
  if (speakers.length === 0) {
    return html`<p class="mt-8 text-muted">There is no page ${page}. ${textLink(speakersHref(query, 1), "Go to the first page")}</p>`;
  }
  const count = total === 1 ? "1 speaker" : `${total} speakers`;
  const matching = query ? ` matching “${query}”` : "";
  const pagination = paginationHtml(page, pages, (n) => speakersHref(query, n));
  return html`<p class="mt-8 text-sm text-muted">${count}${matching}</p><ul class="mt-3 divide-y divide-rule border-y border-rule" aria-label="Speakers">${speakers.map(speakerRowHtml)}</ul>${pagination}`;
}

/** The speaker list page, with its search form; `base` is the public site's address. */
export function speakersDocument(list: SpeakerListPage, assets: ReaderAssets, base: URL): string {
  const main = html`<h1 class="font-serif text-3xl font-semibold tracking-tight">Speakers</h1><p class="mt-2 max-w-[42rem] text-muted">People and organizations quoted in published articles, most quoted first.</p>${searchFormHtml(list.query)}${resultsHtml(list)}`;
  return readerDocument(speakersMeta(list, base), assets, main);
}
