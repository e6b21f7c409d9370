import type { IncomingMessage, ServerResponse } from "node:http";
import { hookEveryRequest } from "@/lib/request-hooks";
import { staticSecurityHeaders } from "@/lib/security-headers";
import { answerFor, type StaticPage } from "./static-page";

/**
 * How long a page this process served is answered from memory without asking the database
 * again. A publish, unpublish or archive made here forgets every page at once; one made by
 * another server process on the same PostgreSQL shows here within this time.
 */
const TRUSTED_FOR_MS = 1_000;
/** Addresses kept (each a revision's bytes, shared with the page caches). */
const MAX_ADDRESSES = 512;

interface Remembered {
  page: StaticPage;
  until: number;
}

// On globalThis: the route handlers and instrumentation are bundled apart, and must share it.
const KEY = Symbol.for("claimmark.servedReaderPages");
const store = globalThis as typeof globalThis & { [KEY]?: Map<string, Remembered> };
const remembered = (): Map<string, Remembered> => (store[KEY] ??= new Map());

/** Remembers the page a route handler just served at `address` (path and query, as sent). */
export function rememberServedPage(address: string, page: StaticPage): void {
  const pages = remembered();
  pages.delete(address);
  pages.set(address, { page, until: Date.now() + TRUSTED_FOR_MS });
  if (pages.size > MAX_ADDRESSES) pages.delete(pages.keys().next().value!);
}

/** After a publish, unpublish or archive: every reader page may have changed. */
export function forgetServedReaderPages(): void {
  remembered().clear();
}

let security: Record<string, string> | null = null;
/** The headers next.config.ts gives every response, which Next.js does not add here. */
function securityHeaders(): Record<string, string> {
  security ??= Object.fromEntries(
    staticSecurityHeaders(process.env.NODE_ENV === "production").map((h) => [h.key, h.value]),
  );
  return security;
}

/** Answers a request from memory if this process served its page a moment ago. */
function answerFromMemory(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const entry = remembered().get(request.url ?? "");
  if (!entry || entry.until < Date.now()) return false;
  const answer = answerFor(
    {
      method: request.method,
      ifNoneMatch: request.headers["if-none-match"],
      acceptEncoding: request.headers["accept-encoding"] ?? null,
    },
    entry.page,
  );
  const headers: Record<string, string | number> = { ...answer.headers, ...securityHeaders() };
  if (answer.gzip) headers["Content-Encoding"] = "gzip";
  if (answer.status === 200) {
    const length = answer.gzip ? entry.page.gzipped.length : entry.page.body.length;
    headers["Content-Length"] = length;
  }
  response.writeHead(answer.status, headers);
  response.end(answer.body);
  return true;
}

/**
 * Makes every HTTP server in this process answer a reader page it served a moment ago straight
 * from memory, before Next.js sees the request. A published revision's bytes never change, and
 * Next.js's own routing costs a few milliseconds a request: with it, a popular article topped
 * out at a few hundred requests a second on two cores. Everything else, and every first or
 * stale request, goes to Next.js as usual, where the route handler looks up the live revision
 * and remembers what it served. Run once per server process, from instrumentation.
 */
export function answerReaderPagesFromMemory(): void {
  hookEveryRequest("frontDoor", answerFromMemory);
}
