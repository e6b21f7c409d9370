import { beforeAll, describe, expect, it } from "vitest";
import { transitionArticle } from "@/lib/articles/workflow";
import { apiClient } from "@/test/api";
import {
  buildApiNewsroom,
  editorEmail,
  NEVER_PUBLIC,
  publishArticle,
  span,
} from "@/test/api-newsroom";
import { newsroomForThisFile } from "@/test/speaker-quotes";
import { BAD_CURSOR_MESSAGE, encodeCursor } from "./cursor";

const newsroom = newsroomForThisFile();
const api = apiClient(() => ({ db: newsroom.db, base: new URL("https://news.example") }));
let data: Awaited<ReturnType<typeof buildApiNewsroom>>;
beforeAll(async () => {
  data = await buildApiNewsroom(newsroom);
}, 120_000);

const EVERY_KIND = "kind=official_claim&kind=allegation&kind=verified_fact";

/** Every answer the API can give about the newsroom, all pages and every article. */
async function everything(): Promise<string[]> {
  const lists = await Promise.all(
    ["/api/v1/articles", `/api/v1/claims?${EVERY_KIND}`, "/api/v1/speakers"].map((path) =>
      api.walk(path, 100),
    ),
  );
  const slugs = (lists[0]!.items as { slug: string }[]).map((article) => article.slug);
  const articles = await Promise.all(slugs.map((slug) => api.get(`/api/v1/articles/${slug}`)));
  return [...lists.map((list) => JSON.stringify(list.items)), ...articles.map((a) => a.text)];
}

describe("what the public API never shows", () => {
  it("no draft, unpublished or archived article, no edit after publishing, no e-mail", async () => {
    const answers = (await everything()).join("\n");
    for (const words of NEVER_PUBLIC) expect(answers).not.toContain(words);
    expect(answers).toContain("Counted by the Tunnel Office.");
    expect(answers).toContain("Bridge closure");
    expect(answers).not.toContain(await editorEmail(newsroom));
    expect(answers).not.toContain("@");
    const { draft, pulled, gone } = data.articles;
    for (const slug of [draft.slug, pulled.slug, gone.slug, "no-such-article"]) {
      const answer = await api.get(`/api/v1/articles/${slug}`);
      expect(answer.status, slug).toBe(404);
      expect(answer.body.error.code).toBe("not_found");
      expect(answer.text).not.toContain("WORDS");
    }
  });
});

describe("caching", () => {
  it("answers 304 to a matching If-None-Match, and a new publish changes the ETag", async () => {
    const path = `/api/v1/articles/${data.articles.harbour.slug}`;
    const first = await api.get(path);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers.get("cache-control")).toBe(
      "public, max-age=60, stale-while-revalidate=60",
    );
    expect(first.headers.get("vary")).toBe("Accept-Encoding");
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const again = await api.get(path, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect((await api.get(path, { "If-None-Match": '"other"' })).status).toBe(200);

    const list = await api.get("/api/v1/claims?limit=3");
    const listEtag = list.headers.get("etag")!;
    expect((await api.get("/api/v1/claims?limit=3", { "If-None-Match": listEtag })).status).toBe(
      304,
    );

    await transitionArticle(newsroom.db, newsroom.editor, {
      articleId: data.articles.harbour.id,
      transition: "publish",
    });
    const republished = await api.get(path, { "If-None-Match": etag });
    expect(republished.status).toBe(200);
    expect(republished.body.revision).toBe(2);
    expect(republished.headers.get("etag")).not.toBe(etag);
  });

  it("keeps a walk whole when an article is published between two pages", async () => {
    const path = `/api/v1/claims?${EVERY_KIND}`;
    const before = (await api.walk(path, 100)).items as { id: string }[];
    const first = await api.get(`${path}&limit=4`);
    const fresh = span("official_claim", data.speakers.roe.id, "Published mid-walk");
    await publishArticle(newsroom, "Late news", [[fresh]]);
    const rest = await api.walk(`${path}&cursor=${first.body.next_cursor}`, 4);
    const walked = [...first.body.data, ...rest.items] as { id: string }[];
    expect(walked.map((claim) => claim.id)).toEqual(before.map((claim) => claim.id));
    // A new walk starts with it.
    expect((await api.get(`${path}&limit=1`)).body.data[0].id).toBe(fresh.id);
  });
});

describe("bad requests", () => {
  it.each([
    ["/api/v1/articles?limit=0", "limit must be a whole number from 1 to 100 (default 25)."],
    ["/api/v1/claims?limit=101", "limit must be a whole number from 1 to 100 (default 25)."],
    ["/api/v1/speakers?limit=ten", "limit must be a whole number from 1 to 100 (default 25)."],
    ["/api/v1/articles?limit=2&limit=3", "Give limit once."],
    ["/api/v1/claims?cursor=%21%21", BAD_CURSOR_MESSAGE],
    ["/api/v1/claims?cursor=bm90IGpzb24", BAD_CURSOR_MESSAGE],
    [
      `/api/v1/claims?cursor=${encodeCursor("articles", { publishedMicros: "1", articleId: crypto.randomUUID() })}`,
      BAD_CURSOR_MESSAGE,
    ],
    [
      `/api/v1/speakers?cursor=${Buffer.from('{"list":"speakers","at":{"slug":"x"}}').toString("base64url")}`,
      BAD_CURSOR_MESSAGE,
    ],
    [
      "/api/v1/claims?speker=jane-roe",
      'Unknown parameter "speker": this endpoint takes limit, cursor, speaker, kind, verdict, q.',
    ],
    [
      "/api/v1/claims?speaker=Jane%20Roe",
      "speaker must be a slug such as jane-roe (as /speakers lists it): lowercase letters, digits and hyphens.",
    ],
    [
      "/api/v1/claims?kind=opinion",
      "kind must be one of official_claim, allegation, verified_fact; repeat it for several.",
    ],
    [
      `/api/v1/claims?q=${"x".repeat(201)}`,
      "q must be at most 200 characters: shorten the search.",
    ],
    [
      "/api/v1/articles/some-slug?expand=all",
      'Unknown parameter "expand": this endpoint takes no parameters.',
    ],
  ])("%s → 400 saying what to fix", async (path, message) => {
    const answer = await api.get(path);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: { code: "invalid_parameter", message } });
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("takes a search with characters the database cannot hold without failing", async () => {
    const answer = await api.get("/api/v1/claims?q=%00harbour%01");
    expect(answer.status).toBe(200);
    expect(answer.body.data.map((c: { quote: string }) => c.quote)).toContain(
      "The harbour is safe",
    );
  });
});

describe("methods and CORS", () => {
  it("answers HEAD like GET without a body, and refuses writes with 405 and Allow", async () => {
    const get = await api.get("/api/v1/speakers");
    const head = await api.call("HEAD", "/api/v1/speakers");
    expect(head.status).toBe(200);
    expect(head.text).toBe("");
    expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const answer = await api.call(method, "/api/v1/claims");
      expect(answer.status).toBe(405);
      expect(answer.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      expect(answer.body.error.code).toBe("method_not_allowed");
    }
  });

  it("lets any origin read, with ETag and Link exposed, and answers the preflight", async () => {
    const answer = await api.get("/api/v1/articles?limit=1");
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    expect(answer.headers.get("access-control-expose-headers")).toBe("ETag, Link");
    expect(answer.headers.get("link")).toMatch(
      /^<\/api\/v1\/articles\?limit=1&cursor=[\w-]+>; rel="next"$/,
    );
    const preflight = await api.call("OPTIONS", "/api/v1/claims", {
      Origin: "https://elsewhere.example",
      "Access-Control-Request-Method": "GET",
      "Access-Control-Request-Headers": "if-none-match",
    });
    expect(preflight.status).toBe(204);
    expect(Object.fromEntries(preflight.headers)).toMatchObject({
      "access-control-allow-origin": "*",
      "access-control-allow-methods": "GET, HEAD, OPTIONS",
      "access-control-allow-headers": "Accept, If-None-Match, Cache-Control",
      "access-control-max-age": "86400",
    });
  });
});
