import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { type Db, getDb } from "@/db/client";
import { getPublishedRevisionId } from "@/db/queries/articles";
import { listPublishedClaims, listRevisionAnnotations } from "@/db/queries/public-annotations";
import { getLiveArticle, listLiveArticles, listQuotedSpeakers } from "@/db/queries/public-api";
import { publicBaseUrl } from "@/lib/public-url";
import { sharedPromise } from "@/lib/reader/shared-promise";
import type { StaticPage } from "@/lib/reader/static-page";
import { slugField } from "@/lib/slugs";
import { encodeCursor } from "./cursor";
import { ApiError } from "./errors";
import { openApiDocument } from "./openapi";
import { CLAIM_FILTERS, parseClaimFilters, parsePaging, refuseUnknownParameters } from "./params";
import { answerJson, jsonBody, notModified } from "./respond";
import type { ApiList } from "./schemas";
import { apiArticle, apiClaim, articleSummary, speakerSummary } from "./serialize";

/** What an answer is made from: the database, and the public site's address for links. */
export interface ApiContext {
  db: Db;
  base: URL;
}

export function liveApiContext(): ApiContext {
  return { db: getDb(), base: publicBaseUrl() };
}

/**
 * A page of a list: the query is asked for one row more than `limit`, and a row beyond the
 * page means there is a next page, which starts after the page's last row.
 */
function listPage<Row, Item>(
  rows: Row[],
  limit: number,
  item: (row: Row) => Item,
  cursorAfter: (row: Row) => string,
): ApiList<Item> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map(item),
    next_cursor: rows.length > limit && last !== undefined ? cursorAfter(last) : null,
  };
}

/** The list's answer, with a `Link: <…>; rel="next"` header when there is a next page. */
function answerList(request: Request, list: ApiList<unknown>): Response {
  let link: string | undefined;
  if (list.next_cursor) {
    const url = new URL(request.url);
    url.searchParams.set("cursor", list.next_cursor);
    link = `<${url.pathname}${url.search}>; rel="next"`;
  }
  return answerJson(request, jsonBody(list), link);
}

export async function answerArticles(request: Request, { db, base }: ApiContext) {
  const { limit, after } = parsePaging(new URL(request.url).searchParams, "articles");
  const rows = await listLiveArticles(db, { limit: limit + 1, after });
  const list = listPage(
    rows,
    limit,
    (row) => articleSummary(row, base),
    (row) =>
      encodeCursor("articles", { publishedMicros: row.publishedMicros, articleId: row.articleId }),
  );
  return answerList(request, list);
}

export async function answerClaims(request: Request, { db, base }: ApiContext) {
  const search = new URL(request.url).searchParams;
  const { limit, after } = parsePaging(search, "claims", CLAIM_FILTERS);
  const filters = parseClaimFilters(search);
  const rows = await listPublishedClaims(db, { ...filters, limit: limit + 1, after });
  const list = listPage(
    rows,
    limit,
    (row) => apiClaim(row, base),
    (row) =>
      encodeCursor("claims", {
        publishedMicros: row.publishedMicros,
        articleId: row.articleId,
        number: row.number,
      }),
  );
  return answerList(request, list);
}

export async function answerSpeakers(request: Request, { db, base }: ApiContext) {
  const { limit, after } = parsePaging(new URL(request.url).searchParams, "speakers");
  const rows = await listQuotedSpeakers(db, { limit: limit + 1, after });
  const list = listPage(
    rows,
    limit,
    (row) => speakerSummary(row, base),
    (row) => encodeCursor("speakers", { slug: row.slug, id: row.id }),
  );
  return answerList(request, list);
}

let documentBody: StaticPage | null = null;
/** The OpenAPI document as bytes, made once per process. */
function openApiBody(): StaticPage {
  return (documentBody ??= jsonBody(openApiDocument()));
}

export async function answerOpenApi(request: Request) {
  refuseUnknownParameters(new URL(request.url).searchParams, []);
  return answerJson(request, openApiBody());
}

/**
 * A revision never changes, so its answer's ETag follows from its id (and from where links
 * point and what the documented shapes are): a conditional request is answered after one
 * indexed lookup, without reading the revision.
 */
function revisionEtag(revisionId: string, base: URL): string {
  const hash = createHash("sha256")
    .update(`${revisionId}\n${base.href}\n`)
    .update(openApiBody().etag)
    .digest("base64url");
  return `"${hash.slice(0, 27)}"`;
}

// The answers for the most recently read revisions, as finished bytes.
const articleBodies = new LRUCache<string, Promise<StaticPage | null>>({ max: 32 });

export async function answerArticle(request: Request, { db, base }: ApiContext, slug: string) {
  refuseUnknownParameters(new URL(request.url).searchParams, []);
  const revisionId = slugField.safeParse(slug).success
    ? await getPublishedRevisionId(db, slug)
    : null;
  if (!revisionId) throw notFound();
  const etag = revisionEtag(revisionId, base);
  const unchanged = notModified(request, etag);
  if (unchanged) return unchanged;
  const body = await sharedPromise(articleBodies, `${revisionId} ${base.href}`, async () => {
    const article = await getLiveArticle(db, revisionId);
    if (!article) return null;
    const annotations = await listRevisionAnnotations(db, revisionId);
    return { ...jsonBody(apiArticle(article, annotations, base)), etag };
  });
  // Unpublished between the two reads: as if it had happened before.
  if (!body) throw notFound();
  return answerJson(request, body);
}

function notFound(): ApiError {
  return new ApiError(
    "not_found",
    "There is no published article with this slug. /api/v1/articles lists the published ones.",
  );
}

export async function answerUnknownPath(): Promise<Response> {
  throw new ApiError(
    "not_found",
    "There is no such endpoint. /api/v1/openapi.json describes the ones there are.",
  );
}
