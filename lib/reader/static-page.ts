import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { READER_CONTENT_SECURITY_POLICY } from "@/lib/security-headers";
import { acceptsGzip } from "./encoding";
import { PRECOMPRESSED_HEADER } from "./precompressed";

/** A reader page's bytes, made once and then served as they are to every reader. */
export interface StaticPage {
  body: Uint8Array<ArrayBuffer>;
  gzipped: Uint8Array<ArrayBuffer>;
  /** Strong: a hash of the bytes, so equal pages share it and any change makes a new one. */
  etag: string;
}

export function staticPage(html: string): StaticPage {
  const body = new Uint8Array(Buffer.from(html, "utf8"));
  const hash = createHash("sha256").update(body).digest("base64url").slice(0, 27);
  return { body, gzipped: new Uint8Array(gzipSync(body, { level: 9 })), etag: `"${hash}"` };
}

/**
 * Browsers ask again every time (and usually get a 304); a CDN or reverse proxy may keep the
 * page for a minute and serve it stale for another while it asks again in the background. A
 * publish changes the bytes and so the ETag; see the README for purging at once.
 */
export const READER_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=60";

/** Whether an If-None-Match header names this ETag (weak comparison, as for GET). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/**
 * The response for a reader page: 304 when the client already holds these bytes, otherwise the
 * bytes, gzipped ahead of time when the client takes gzip (the server then leaves them alone).
 */
export function staticPageResponse(request: Request, page: StaticPage, status = 200): Response {
  const headers = new Headers({
    ETag: page.etag,
    "Cache-Control": READER_CACHE_CONTROL,
    Vary: "Accept-Encoding",
    "Content-Security-Policy": READER_CONTENT_SECURITY_POLICY,
  });
  if (status === 200 && matches(request.headers.get("if-none-match"), page.etag))
    return new Response(null, { status: 304, headers });
  const gzip = acceptsGzip(request.headers.get("accept-encoding"));
  const body = gzip ? page.gzipped : page.body;
  headers.set("Content-Type", "text/html; charset=utf-8");
  if (gzip) headers.set(PRECOMPRESSED_HEADER, "gzip");
  if (request.method === "HEAD") return new Response(null, { status, headers });
  return new Response(body, { status, headers });
}
