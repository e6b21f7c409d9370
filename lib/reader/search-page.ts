import { getDb } from "@/db/client";
import { ANNOTATION_KINDS, isOneOf } from "@/db/enums";
import {
  COUNT_LIMIT,
  listPublicSearchChoices,
  searchPublishedAnnotations,
} from "@/db/queries/search-public";
import { hasSearchableWords } from "@/db/queries/search-text";
import { publicBaseUrl } from "@/lib/public-url";
import { type PublicSearchForm, searchDocument, searchHref } from "@/lib/render/search-page";
import { searchTerm } from "@/lib/text/characters";
import { readerAssets } from "./assets";
import { pageParam } from "./listing-pages";
import { publishedPage } from "./published-pages";
import type { StaticPage } from "./static-page";

const SEARCH_MAX_LENGTH = 200;
const RESULTS_PER_PAGE = 20;

/**
 * The public search for `?q=&kind=&speaker=&verdict=&article=&page=`, made from published
 * revisions only and kept like the other listing pages until the next publish. A filter naming
 * something readers cannot see (or nothing at all) is dropped with a notice, never an error.
 */
export async function searchPage(query: URLSearchParams): Promise<StaticPage | null> {
  const raw = query.get("q") ?? "";
  const q = searchTerm(raw, SEARCH_MAX_LENGTH);
  const page = pageParam(query);
  // Filter values are checked against what is published inside the render, which runs once per
  // published state and address; cut short here so an address cannot grow the cache key.
  const asked = {
    kind: (query.get("kind") ?? "").slice(0, 100),
    speaker: (query.get("speaker") ?? "").slice(0, 100),
    verdict: (query.get("verdict") ?? "").slice(0, 100),
    article: (query.get("article") ?? "").slice(0, 300),
  };
  const cut = raw.trim().length > SEARCH_MAX_LENGTH;
  // "#" is never part of a requested address, so a cut search cannot share an uncut one's key.
  const address = `${searchHref({ q, ...asked }, page)}${cut ? "#cut" : ""}`;

  return publishedPage(address, async () => {
    const db = getDb();
    const choices = await listPublicSearchChoices(db);
    const form: PublicSearchForm = {
      q,
      kind: isOneOf(ANNOTATION_KINDS, asked.kind) ? asked.kind : "",
      speaker: choices.speakers.some((s) => s.id === asked.speaker) ? asked.speaker : "",
      verdict: choices.verdicts.some((v) => v.slug === asked.verdict) ? asked.verdict : "",
      article: choices.articles.some((a) => a.slug === asked.article) ? asked.article : "",
    };
    const notices: string[] = [];
    if (cut)
      notices.push(`Only the first ${SEARCH_MAX_LENGTH} characters of the search were used.`);
    for (const name of ["kind", "speaker", "verdict", "article"] as const) {
      if (asked[name] && !form[name])
        notices.push(`Unknown ${name} “${asked[name].slice(0, 60)}”: all ${name}s were searched.`);
    }
    const base = { form, notices, page, pages: 1, hits: [], total: 0, choices };
    const render = (results: Parameters<typeof searchDocument>[0]) =>
      searchDocument(results, readerAssets(), publicBaseUrl());
    if (!q) return render({ ...base, state: "empty" });
    if (!(await hasSearchableWords(db, q))) return render({ ...base, state: "no-words" });
    const { hits, total } = await searchPublishedAnnotations(db, {
      text: q,
      filters: {
        kind: form.kind || undefined,
        speakerId: form.speaker || undefined,
        verdictSlug: form.verdict || undefined,
        articleSlug: form.article || undefined,
      },
      page,
      perPage: RESULTS_PER_PAGE,
    });
    // Pages stop where counting does: 50 pages of the best matches.
    const pages = Math.max(1, Math.ceil(Math.min(total, COUNT_LIMIT) / RESULTS_PER_PAGE));
    return render({ ...base, state: "searched", hits, total, pages });
  });
}
