import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { READER_CONTENT_SECURITY_POLICY } from "@/lib/security-headers";
import { acceptsGzip } from "./encoding";
import { PRECOMPRESSED_HEADER } from "./precompressed";

/** A reader page's (or an export's) bytes, made once and then served as they are to everyone. */
export interface StaticPage {
  body: Uint8Array<ArrayBuffer>;
  gzipped: Uint8Array<ArrayBuffer>;
  /** Strong: a hash of the bytes, so equal pages share it and any change makes a new one. */
  etag: string;
}

export function staticPage(html: string): StaticPage {
  const body = new Uint8Array(Buffer.from(html, "utf8"));
  const hash = createHash("sha256").update(body).digest("base64url").slice(0, 27);
  return { body, gzipped: new Uint8Array(gzipSync(body)), etag: `"${hash}"` };
}

/**
 * Browsers ask again every time (and usually get a 304); a CDN or reverse proxy may keep the
 * page for a minute and serve it stale for another while it asks again in the background. A
 * publish changes the bytes and so the ETag; see the README for purging at once.
 */
export const READER_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=60";

/** Whether an If-None-Match header names this ETag (weak comparison, as for GET). */
function matches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** How a kind of file is served: its media type and the headers every answer carries. */
export interface ServedAs {
  contentType: string;
  headers: Record<string, string>;
}

const READER_PAGE: ServedAs = {
  contentType: "text/html; charset=utf-8",
  headers: {
    "Cache-Control": READER_CACHE_CONTROL,
    Vary: "Accept-Encoding",
    "Content-Security-Policy": READER_CONTENT_SECURITY_POLICY,
  },
};

/** What to send for a request: its status, headers (no encoding header yet) and body. */
export interface PageAnswer {
  status: number;
  headers: Record<string, string>;
  /** Absent for a 304 and for HEAD. */
  body?: Uint8Array<ArrayBuffer>;
  gzip: boolean;
}

/**
 * The answer to a request for a reader page: 304 when the client already holds these bytes,
 * otherwise the bytes, gzipped ahead of time when the client takes gzip. Shared by the route
 * handlers and the in-memory front door (lib/reader/front-door.ts), so both answer alike.
 */
export function answerFor(
  request: { method: string; ifNoneMatch?: string | null; acceptEncoding?: string | null },
  page: StaticPage,
  status = 200,
  servedAs = READER_PAGE,
): PageAnswer {
  const headers: Record<string, string> = { ETag: page.etag, ...servedAs.headers };
  if (status === 200 && matches(request.ifNoneMatch, page.etag))
    return { status: 304, headers, gzip: false };
  headers["Content-Type"] = servedAs.contentType;
  const gzip = acceptsGzip(request.acceptEncoding ?? null);
  const body = request.method === "HEAD" ? undefined : gzip ? page.gzipped : page.body;
  return { status, headers, body, gzip };
}

/** The same answer as a route handler's Response (see precompressed.ts for the encoding). */
export function staticPageResponse(
  request: Request,
  page: StaticPage,
  status = 200,
  servedAs = READER_PAGE,
): Response {
  const answer = answerFor(
    {
      method: request.method,
      ifNoneMatch: request.headers.get("if-none-match"),
      acceptEncoding: request.headers.get("accept-encoding"),
    },
    page,
    status,
    servedAs,
  );
  const headers = new Headers(answer.headers);
  if (answer.gzip) headers.set(PRECOMPRESSED_HEADER, "gzip");
  return new Response(answer.body ?? null, { status: answer.status, headers });
}
