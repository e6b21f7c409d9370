import { expect } from "vitest";
import {
  answerArticle,
  answerArticles,
  answerClaims,
  answerOpenApi,
  answerSpeakers,
  type ApiContext,
} from "@/lib/api/endpoints";
import { openApiDocument } from "@/lib/api/openapi";
import { publicApiRoute } from "@/lib/api/respond";
import { openApiValidator } from "./openapi-validator";

/** A checker of bodies against the module's own document, failing the test on any error. */
export function openApiExpectations() {
  const validator = openApiValidator(openApiDocument());
  return {
    expectValid(pathname: string, status: number, body: unknown): void {
      expect(validator.errors(pathname, status, body), `${status} ${pathname}`).toEqual([]);
    },
  };
}

/** What the tests read of an answer. */
export interface ApiAnswer {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any field
  body: any;
}

/**
 * Calls /api/v1 through its route handlers, as Next.js would, on `context`'s database; every
 * JSON body is checked against the document before the test sees it.
 */
export function apiClient(context: () => ApiContext) {
  const { expectValid } = openApiExpectations();
  const routes: [RegExp, ReturnType<typeof publicApiRoute<{ slug: string }>>][] = [
    [/^\/api\/v1\/articles$/, publicApiRoute((r) => answerArticles(r, context()))],
    [
      /^\/api\/v1\/articles\/(?<slug>[^/]+)$/,
      publicApiRoute((r, { slug }: { slug: string }) => answerArticle(r, context(), slug)),
    ],
    [/^\/api\/v1\/claims$/, publicApiRoute((r) => answerClaims(r, context()))],
    [/^\/api\/v1\/speakers$/, publicApiRoute((r) => answerSpeakers(r, context()))],
    [/^\/api\/v1\/openapi\.json$/, publicApiRoute(answerOpenApi)],
  ];

  async function call(method: string, path: string, headers: Record<string, string> = {}) {
    const url = new URL(path, "http://api.test");
    const found = routes.find(([pattern]) => pattern.test(url.pathname));
    if (!found) throw new Error(`No route for ${url.pathname}`);
    const [pattern, route] = found;
    const params = Promise.resolve({ slug: "", ...pattern.exec(url.pathname)!.groups });
    const handler = route[method as keyof typeof route] as (
      request: Request,
      context: { params: typeof params },
    ) => Promise<Response>;
    const response = await handler(new Request(url, { method, headers }), { params });
    const text = await response.text();
    const body: unknown = text ? JSON.parse(text) : null;
    if (text && method === "GET") expectValid(url.pathname, response.status, body);
    return { status: response.status, headers: response.headers, text, body } as ApiAnswer;
  }

  return {
    call,
    get: (path: string, headers?: Record<string, string>) => call("GET", path, headers),
    /** Every item of a list, page by page with `limit`, following next_cursor to the end. */
    async walk(path: string, limit: number): Promise<{ items: unknown[]; pages: number }> {
      const items: unknown[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const url = new URL(path, "http://api.test");
        url.searchParams.set("limit", String(limit));
        if (cursor) url.searchParams.set("cursor", cursor);
        const answer = await call("GET", `${url.pathname}${url.search}`);
        expect(answer.status).toBe(200);
        expect(answer.body.data.length).toBeLessThanOrEqual(limit);
        items.push(...answer.body.data);
        cursor = answer.body.next_cursor;
        // The Link header names the same next page as the body.
        const link = answer.headers.get("link");
        if (cursor) expect(link).toContain(`cursor=${cursor}`);
        else expect(link).toBeNull();
        pages++;
      } while (cursor && pages < 1000);
      return { items, pages };
    },
  };
}
