import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
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

// Checks public API answers against the OpenAPI document the API itself serves: the schema
// of each response is looked up there by path and status, as an API client would.

type Json = Record<string, unknown>;
const SCHEMA_ID = "https://claimmark.test/openapi.json";

/** A validator of response bodies against `document` (the served one, or the module's). */
export function openApiValidator(document: Json = openApiDocument()) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  // The document's top-level keys are not JSON Schema keywords; only their schemas are used.
  ajv.addVocabulary(Object.keys(document).filter((key) => key !== "components"));
  ajv.addVocabulary(["components", "schemas", "parameters", "headers", "responses"]);
  ajv.addSchema({ $id: SCHEMA_ID, components: { schemas: (document.components as Json).schemas } });

  const paths = document.paths as Record<string, Record<string, { responses: Json }>>;
  const resolve = (value: Json): Json => {
    const pointer = typeof value.$ref === "string" ? value.$ref : null;
    if (!pointer) return value;
    return pointer
      .slice(2)
      .split("/")
      .reduce<Json>((node, key) => node[key] as Json, document);
  };

  /** The schema the document gives for a GET of `pathname` answering `status`. */
  function responseSchema(pathname: string, status: number): Json {
    const relative = pathname.replace(/^\/api\/v1/, "");
    const template = Object.keys(paths).find((candidate) =>
      new RegExp(`^${candidate.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(relative),
    );
    if (!template) throw new Error(`The document has no path for ${pathname}`);
    const response = paths[template]!.get!.responses[String(status)] as Json | undefined;
    if (!response) throw new Error(`The document has no ${status} answer for ${template}`);
    const content = resolve(response).content as Json | undefined;
    const schema = (content?.["application/json"] as Json | undefined)?.schema as Json;
    if (!schema) throw new Error(`No JSON schema for ${status} ${template}`);
    return schema;
  }

  return {
    /** Asserts that `body` is what the document says `pathname` answers with `status`. */
    expectValid(pathname: string, status: number, body: unknown): void {
      const schema = responseSchema(pathname, status);
      const validate =
        typeof schema.$ref === "string"
          ? ajv.getSchema(`${SCHEMA_ID}${schema.$ref}`)!
          : ajv.compile(schema);
      const valid = validate(body);
      expect(valid ? [] : validate.errors, `${status} ${pathname}`).toEqual([]);
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
  const { expectValid } = openApiValidator();
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
