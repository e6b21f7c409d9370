import { getDb } from "@/db/client";
import { listPublishedArticleCards } from "@/db/queries/reader";
import { getPublicSpeaker, listPublicSpeakers } from "@/db/queries/speakers-public";
import { publicBaseUrl } from "@/lib/public-url";
import { homeDocument } from "@/lib/render/home-page";
import { speakerDocument } from "@/lib/render/speaker-page";
import { speakersDocument, speakersHref } from "@/lib/render/speakers-page";
import { searchTerm } from "@/lib/text/characters";
import { readerAssets } from "./assets";
import { publishedPage } from "./published-pages";
import type { StaticPage } from "./static-page";

// The pages that list what is published: the home page and the speakers' pages. Each is kept
// as finished bytes until the next publish, unpublish or archive (lib/reader/published-pages.ts),
// under its normalized address, so "?page=01" and "?page=1&x=y" share one page.

const SPEAKERS_PER_PAGE = 30;
const ANNOTATIONS_PER_PAGE = 20;

/** The page asked for in `?page=`; anything but a whole number from 1 (say "abc", "0") is 1. */
export function pageParam(query: URLSearchParams): number {
  const raw = query.get("page") ?? "";
  return /^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
}

function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

export function homePage(): Promise<StaticPage | null> {
  return publishedPage("/", async () =>
    homeDocument(await listPublishedArticleCards(getDb()), readerAssets(), publicBaseUrl()),
  );
}

/** The speaker list for `?q=` (a search) and `?page=`. */
export function speakersPage(query: URLSearchParams): Promise<StaticPage | null> {
  const search = searchTerm(query.get("q") ?? undefined);
  const page = pageParam(query);
  return publishedPage(speakersHref(search, page), async () => {
    const { speakers, total } = await listPublicSpeakers(getDb(), {
      query: search,
      page,
      perPage: SPEAKERS_PER_PAGE,
    });
    const pages = pageCount(total, SPEAKERS_PER_PAGE);
    const list = { query: search, page, pages, total, speakers };
    return speakersDocument(list, readerAssets(), publicBaseUrl());
  });
}

/**
 * A speaker's page, or null (not found) when no published annotation is attributed to them:
 * someone named only in unpublished drafts (say, in an allegation) has no public page.
 */
export function speakerPage(slug: string, query: URLSearchParams): Promise<StaticPage | null> {
  const page = pageParam(query);
  // Encoded, so a slug holding "?page=2" cannot name another page's entry.
  return publishedPage(`/speakers/${encodeURIComponent(slug)}?page=${page}`, async () => {
    const found = await getPublicSpeaker(getDb(), slug, { page, perPage: ANNOTATIONS_PER_PAGE });
    if (!found || found.total === 0) return null;
    const pages = pageCount(found.total, ANNOTATIONS_PER_PAGE);
    return speakerDocument({ ...found, page, pages }, readerAssets(), publicBaseUrl());
  });
}
