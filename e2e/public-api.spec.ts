import http from "node:http";
import type { AddressInfo } from "node:net";
import SwaggerParser from "@apidevtools/swagger-parser";
import type { APIRequestContext } from "@playwright/test";
import { demoArticles } from "../lib/demo/content";
import { openApiValidator } from "../test/openapi-validator";
import { expect, test } from "./fixtures";

// The public API (/api/v1) against the running server: every answer is checked against the
// OpenAPI document the server itself publishes, as a client generated from it would rely on.
const published = demoArticles.find((article) => article.status === "published")!;
const draft = demoArticles.find((article) => article.status === "draft")!;
const counted = (kind: string) => published.annotations.filter((a) => a.kind === kind).length;

async function servedDocument(request: APIRequestContext) {
  const answer = await request.get("/api/v1/openapi.json");
  expect(answer.status()).toBe(200);
  return (await answer.json()) as Record<string, unknown>;
}

/** A GET whose JSON body must be what the served document says for its path and status. */
function checkedClient(request: APIRequestContext, document: Record<string, unknown>) {
  const validator = openApiValidator(document);
  return async (path: string, status = 200) => {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(status);
    expect(answer.headers()["content-type"]).toBe("application/json; charset=utf-8");
    const body = await answer.json();
    const pathname = new URL(path, "http://api.test").pathname;
    expect(validator.errors(pathname, status, body), path).toEqual([]);
    return { body, headers: answer.headers() };
  };
}

/** Every item of a list, following each page's Link header as a client would. */
async function followLinks(get: ReturnType<typeof checkedClient>, path: string) {
  const items: { id?: string; slug?: string; article?: { slug: string } }[] = [];
  let next: string | null = path;
  while (next) {
    const { body, headers } = await get(next);
    items.push(...body.data);
    const link: string | undefined = headers["link"];
    next = link ? /^<([^>]+)>; rel="next"$/.exec(link)![1]! : null;
    expect(next === null).toBe(body.next_cursor === null);
  }
  return items;
}

test("every endpoint answers as the OpenAPI document it serves says", async ({ request }) => {
  const document = await servedDocument(request);
  await SwaggerParser.validate(structuredClone(document) as never, {
    resolve: { external: false, file: false, http: false },
  });
  const get = checkedClient(request, document);

  const articles = await get("/api/v1/articles");
  expect(articles.body.data.map((a: { title: string }) => a.title)).toContain(published.title);
  expect(JSON.stringify(articles.body)).not.toContain(draft.title);

  const article = await get(`/api/v1/articles/${published.slug}`);
  expect(article.body.annotations).toHaveLength(published.annotations.length);
  expect(article.body.annotations[0].permalink).toMatch(
    new RegExp(`/a/${published.slug}#annotation-[0-9a-f-]{36}$`),
  );

  // Other specs publish articles of their own before this one runs: count the demo's.
  const ofDemo = (items: Awaited<ReturnType<typeof followLinks>>) =>
    items.filter((item) => item.article?.slug === published.slug);
  const claims = await followLinks(get, "/api/v1/claims?limit=3");
  expect(ofDemo(claims)).toHaveLength(counted("official_claim") + counted("allegation"));
  expect(new Set(claims.map((claim) => claim.id)).size).toBe(claims.length);
  const facts = await followLinks(get, "/api/v1/claims?kind=verified_fact&limit=4");
  expect(ofDemo(facts)).toHaveLength(counted("verified_fact"));

  const bySpeaker = await get("/api/v1/claims?speaker=kasimir-dunmore&limit=100");
  expect(bySpeaker.body.data.length).toBeGreaterThan(0);
  for (const claim of bySpeaker.body.data) expect(claim.speaker.slug).toBe("kasimir-dunmore");
  const searched = await get("/api/v1/claims?q=FOOTBRIDGE&kind=verified_fact&limit=100");
  expect(searched.body.data.map((c: { quote: string }) => c.quote)).toContain(
    "The footbridge closed on 3 May",
  );

  const speakers = await followLinks(get, "/api/v1/speakers?limit=2");
  expect(speakers.map((speaker) => speaker.slug)).toContain("kasimir-dunmore");

  const missing = await get(`/api/v1/articles/${draft.slug}`, 404);
  expect(missing.body.error.code).toBe("not_found");
});

test("a bad cursor or limit answers 400 saying what to fix", async ({ request }) => {
  const get = checkedClient(request, await servedDocument(request));
  const badCursor = await get("/api/v1/claims?cursor=not-a-cursor", 400);
  expect(badCursor.body.error).toEqual({
    code: "invalid_parameter",
    message: expect.stringContaining("pass the next_cursor of the previous page unchanged"),
  });
  const { body } = await get("/api/v1/articles?limit=500", 400);
  expect(body.error.message).toBe("limit must be a whole number from 1 to 100 (default 25).");
  // A cursor of one list is refused by another.
  const first = await get("/api/v1/speakers?limit=1");
  await get(`/api/v1/articles?cursor=${first.body.next_cursor}`, 400);
});

test("answers carry a strong ETag and 304 a matching If-None-Match", async ({ request }) => {
  for (const path of [`/api/v1/articles/${published.slug}`, "/api/v1/claims?limit=5"]) {
    const first = await request.get(path);
    const etag = first.headers()["etag"]!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers()["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=60");
    expect(first.headers()["vary"]).toContain("Accept-Encoding");
    const again = await request.get(path, { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    expect(await again.body()).toHaveLength(0);
    expect(again.headers()["etag"]).toBe(etag);
  }
});

test.describe("from another site", () => {
  // Without the suite's X-Forwarded-For: a browser would preflight that header too, and a
  // real reader's browser never sends it.
  test.use({ extraHTTPHeaders: {} });

  test("a page can read the API: the preflight passes and ETag and Link are exposed", async ({
    page,
    request,
    baseURL,
  }) => {
    const preflight = await request.fetch("/api/v1/claims", {
      method: "OPTIONS",
      headers: {
        Origin: "http://elsewhere.test",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match",
      },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()).toMatchObject({
      "access-control-allow-origin": "*",
      "access-control-allow-methods": "GET, HEAD, OPTIONS",
      "access-control-allow-headers": expect.stringContaining("If-None-Match"),
    });

    // A page of another origin (another port) in a browser. If-None-Match is not a simple
    // header, so the browser preflights the second request. The page is served on loopback too:
    // Chromium keeps pages of public addresses from reading loopback ones at all.
    const elsewhere = http.createServer((_request, response) => {
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.end("<!doctype html><title>Elsewhere</title>");
    });
    await new Promise<void>((listening) => elsewhere.listen(0, "127.0.0.1", listening));
    await page.goto(`http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`);
    const seen = await page.evaluate(async (api) => {
      const first = await fetch(`${api}/api/v1/claims?limit=2`);
      const etag = first.headers.get("ETag");
      const again = await fetch(`${api}/api/v1/claims?limit=2`, {
        headers: { "If-None-Match": etag ?? "" },
        cache: "no-store",
      });
      return {
        status: first.status,
        count: ((await first.json()) as { data: unknown[] }).data.length,
        etag,
        link: first.headers.get("Link"),
        revalidated: again.status,
      };
    }, baseURL!);
    expect(seen).toMatchObject({ status: 200, count: 2, revalidated: 304 });
    expect(seen.etag).toMatch(/^"[\w-]+"$/);
    expect(seen.link).toMatch(/; rel="next"$/);
    elsewhere.close();
  });
});

test("writes are refused with 405 and Allow, and unknown addresses with a JSON 404", async ({
  request,
}) => {
  const post = await request.post("/api/v1/claims", { data: { quote: "x" } });
  expect(post.status()).toBe(405);
  expect(post.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  expect((await post.json()).error.code).toBe("method_not_allowed");
  for (const path of ["/api/v1", "/api/v1/annotations", "/api/v1/articles/x/y"]) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(404);
    expect((await answer.json()).error.code).toBe("not_found");
  }
});
