import { acceptsGzip } from "@/lib/reader/encoding";
import { PRECOMPRESSED_HEADER } from "@/lib/reader/precompressed";
import { matches as ifNoneMatchNames, type StaticPage, staticPage } from "@/lib/reader/static-page";
import { API_ERROR_STATUS, ApiError } from "./errors";
import type { ApiErrorBody, ApiErrorCode } from "./schemas";

// How every /api/v1 endpoint answers. The API is public and read-only by design: it serves
// published data only, reads no cookie and no session, and any web page may read it (CORS).

/** Browsers and shared caches may keep an answer for a minute, and serve it stale for another. */
export const API_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=60";
export const ALLOWED_METHODS = "GET, HEAD, OPTIONS";
/** Request headers a cross-origin reader may send (conditional GETs included). */
export const ALLOWED_REQUEST_HEADERS = "Accept, If-None-Match, Cache-Control";
/** How long a browser may keep a preflight's answer, in seconds. */
export const PREFLIGHT_MAX_AGE = 86_400;
const JSON_TYPE = "application/json; charset=utf-8";

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Link",
};

/** A JSON body as bytes, gzipped once, with a strong ETag (the hash of the bytes). */
export function jsonBody(value: unknown): StaticPage {
  return staticPage(JSON.stringify(value));
}

function cacheHeaders(etag: string): Headers {
  return new Headers({
    ...CORS_HEADERS,
    ETag: etag,
    "Cache-Control": API_CACHE_CONTROL,
    Vary: "Accept-Encoding",
  });
}

/** 304 when the request's If-None-Match names `etag`, so the body need not even be made. */
export function notModified(request: Request, etag: string): Response | null {
  if (!ifNoneMatchNames(request.headers.get("if-none-match"), etag)) return null;
  return new Response(null, { status: 304, headers: cacheHeaders(etag) });
}

/** The answer for a JSON body: 304, or the bytes (already gzipped when the client takes gzip). */
export function answerJson(request: Request, body: StaticPage, link?: string): Response {
  const unchanged = notModified(request, body.etag);
  if (unchanged) return unchanged;
  const headers = cacheHeaders(body.etag);
  headers.set("Content-Type", JSON_TYPE);
  if (link) headers.set("Link", link);
  const gzip = acceptsGzip(request.headers.get("accept-encoding"));
  if (gzip) headers.set(PRECOMPRESSED_HEADER, "gzip");
  const bytes = gzip ? body.gzipped : body.body;
  return new Response(request.method === "HEAD" ? null : bytes, { status: 200, headers });
}

export function errorResponse(
  request: Request,
  code: ApiErrorCode,
  message: string,
  extraHeaders: Record<string, string> = {},
): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return new Response(request.method === "HEAD" ? null : JSON.stringify(body), {
    status: API_ERROR_STATUS[code],
    // Errors are not kept: a slug not found now may be published in a minute.
    headers: {
      ...CORS_HEADERS,
      "Content-Type": JSON_TYPE,
      "Cache-Control": "no-store",
      ...extraHeaders,
    },
  });
}

/** The CORS preflight: any origin may GET, with the headers a conditional GET needs. */
function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": ALLOWED_METHODS,
      "Access-Control-Allow-Headers": ALLOWED_REQUEST_HEADERS,
      "Access-Control-Max-Age": String(PREFLIGHT_MAX_AGE),
      Allow: ALLOWED_METHODS,
    },
  });
}

function methodNotAllowed(request: Request): Response {
  return errorResponse(
    request,
    "method_not_allowed",
    `${request.method} is not allowed: this API is read-only. Use GET (or HEAD).`,
    { Allow: ALLOWED_METHODS },
  );
}

/**
 * The route handlers of one /api/v1 endpoint: GET and HEAD answer with `read`, OPTIONS is
 * the CORS preflight, the writing methods get 405 with an Allow header. A refusal thrown as
 * an ApiError becomes its JSON error; anything else is logged and answered as a 500.
 */
export function publicApiRoute<P extends object>(
  read: (request: Request, params: P) => Promise<Response>,
) {
  async function GET(request: Request, context: { params: Promise<P> }): Promise<Response> {
    try {
      return await read(request, await context.params);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(request, error.code, error.message);
      console.error("Public API request failed:", error);
      return errorResponse(
        request,
        "internal_error",
        "Something went wrong on our side. Try again in a moment.",
      );
    }
  }
  return {
    GET,
    HEAD: GET,
    OPTIONS: preflight,
    POST: methodNotAllowed,
    PUT: methodNotAllowed,
    PATCH: methodNotAllowed,
    DELETE: methodNotAllowed,
  };
}
