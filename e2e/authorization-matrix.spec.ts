import { randomUUID } from "node:crypto";
import type { APIRequestContext, Browser } from "@playwright/test";
import { demoArticles } from "../lib/demo/content";
import {
  ACTIONS as EARLIER_ACTIONS,
  adminSave,
  annotationVersion,
  type Ctx,
  EVERYONE,
  type Who,
} from "./authorization-rows";
import { ASSIGNMENT_ACTIONS } from "./authorization-rows-assignment";
import { DESK_ACTIONS } from "./authorization-rows-desk";
import { IMPORT_ACTIONS } from "./authorization-rows-import";
import { SEARCH_ROUTES } from "./authorization-rows-search";
import { DISCUSSION_ACTIONS } from "./authorization-rows-discussion";
import { SETTINGS_ACTIONS } from "./authorization-rows-settings";
import { VERDICT_ACTIONS } from "./authorization-rows-verdicts";
import { docWith } from "./docs";
import { expect, signIn, test } from "./fixtures";
import { callServerAction, formData, listRouteHandlers, listServerActions } from "./server-actions";

const ACTIONS = {
  ...EARLIER_ACTIONS,
  ...VERDICT_ACTIONS,
  ...SETTINGS_ACTIONS,
  ...ASSIGNMENT_ACTIONS,
  ...DESK_ACTIONS,
  ...DISCUSSION_ACTIONS,
  ...IMPORT_ACTIONS,
};
const rowsOf = (key: string) => [ACTIONS[key]!].flat();

type RouteCheck = { path: string; check: (status: number, body: string, who: Who) => void };

const [publishedDemo, draftDemo] = demoArticles;

/**
 * A studio search: anonymous callers get a 401 with a message and nothing found; everyone who
 * edits drafts (every role) gets what it finds, or a 422 saying what to fix.
 */
function studioSearch(path: string, answer: { status: number; contains: string }): RouteCheck {
  return {
    path,
    check: (status, body, who) => {
      if (who === "anonymous") {
        expect(status).toBe(401);
        expect(JSON.parse(body)).toMatchObject({ code: "unauthenticated" });
        expect(body).not.toContain(answer.contains);
        return;
      }
      expect(status).toBe(answer.status);
      expect(body).toContain(answer.contains);
    },
  };
}

/** A public reader page: the same answer for every caller, showing one text and never another. */
function readerPage(path: string, status: number, shows: string, never: string): RouteCheck {
  return {
    path,
    check: (actual, body) => {
      expect(actual).toBe(status);
      expect(body).toContain(shows);
      expect(body).not.toContain(never);
    },
  };
}

/**
 * The public API: the same JSON for every caller, signed in or not, with the published article
 * and never the draft or anyone's e-mail; a draft's address is not found, even for its editors.
 */
function publicApi(path: string, status: number, shows: string): RouteCheck {
  let first: string | undefined;
  return {
    path,
    check: (actual, body, who) => {
      expect(actual, path).toBe(status);
      expect(body).toContain(shows);
      expect(body).not.toContain(draftDemo!.title);
      expect(body).not.toContain("@e2e.test");
      first ??= body;
      expect(body, `${path} as ${who}`).toBe(first);
    },
  };
}

/** Route handlers: what each caller gets at each address. Only the studio searches need a session. */
const ROUTES: Record<string, RouteCheck[]> = {
  "/api/studio/speakers": [
    studioSearch("/api/studio/speakers?q=Ministry", {
      status: 200,
      contains: "Ministry of Health",
    }),
    studioSearch(`/api/studio/speakers?q=${"x".repeat(201)}`, {
      status: 422,
      contains: "Shorten the search to at most 200 characters.",
    }),
  ],
  "/api/studio/sources": [
    studioSearch("/api/studio/sources?q=Statement", {
      status: 200,
      contains: "Statement on the chemical release in Riverton",
    }),
  ],
  "/api/health": [
    {
      path: "/api/health",
      check: (status) => expect(status).toBe(200),
    },
  ],
  "/api/auth/[...nextauth]": [
    {
      path: "/api/auth/session",
      check: (status, body, who) => {
        expect(status).toBe(200);
        if (who === "anonymous") expect(body).toBe("null");
        else expect(body).toContain(`${who}@e2e.test`);
      },
    },
  ],
  // Reader pages: the same public bytes for everyone, signed in or not; never a draft.
  "/(reader)": [readerPage("/", 200, publishedDemo!.title, draftDemo!.title)],
  "/(reader)/a/[slug]": [
    readerPage(`/a/${publishedDemo!.slug}`, 200, publishedDemo!.title, "@e2e.test"),
    readerPage(`/a/${draftDemo!.slug}`, 404, "Page not found", draftDemo!.title),
  ],
  "/(reader)/speakers": [readerPage("/speakers", 200, "Kasimir Dunmore", "@e2e.test")],
  "/(reader)/speakers/[slug]": [
    readerPage("/speakers/kasimir-dunmore", 200, "Kasimir Dunmore", "@e2e.test"),
    readerPage("/speakers/no-such-speaker", 404, "Page not found", "@e2e.test"),
  ],
  "/api/v1/articles": [publicApi("/api/v1/articles", 200, publishedDemo!.title)],
  "/api/v1/articles/[slug]": [
    publicApi(`/api/v1/articles/${publishedDemo!.slug}`, 200, publishedDemo!.title),
    publicApi(`/api/v1/articles/${draftDemo!.slug}`, 404, "not_found"),
  ],
  "/api/v1/claims": [
    publicApi("/api/v1/claims?limit=100", 200, publishedDemo!.slug),
    publicApi(`/api/v1/claims?q=${encodeURIComponent("€1.2 million")}`, 200, '"data":[]'),
  ],
  "/api/v1/speakers": [publicApi("/api/v1/speakers?limit=100", 200, "kasimir-dunmore")],
  "/api/v1/openapi.json": [publicApi("/api/v1/openapi.json", 200, '"openapi":"3.1.0"')],
  "/api/v1/[[...path]]": [publicApi("/api/v1/drafts", 404, "not_found")],
  ...SEARCH_ROUTES,
  // Everyone gets a published article's annotations; a draft is not found, even for its editors.
  "/api/exports/[slug]": [
    {
      path: `/api/exports/${publishedDemo!.slug}`,
      check: (status, body) => {
        expect(status).toBe(200);
        expect(JSON.parse(body)).toMatchObject({
          type: "AnnotationCollection",
          total: publishedDemo!.annotations.length,
        });
      },
    },
    {
      path: `/api/exports/${publishedDemo!.slug}?format=csv`,
      check: (status, body) => {
        expect(status).toBe(200);
        expect(body.trimEnd().split("\r\n")).toHaveLength(publishedDemo!.annotations.length + 1);
        expect(body).not.toContain("@e2e.test");
      },
    },
    {
      path: `/api/exports/${publishedDemo!.slug}?format=claimreview`,
      check: (status, body) => {
        expect(status).toBe(200);
        expect(JSON.parse(body)).toMatchObject({ "@context": "https://schema.org" });
        expect(body).not.toContain("@e2e.test");
      },
    },
    ...["", "?format=csv", "?format=claimreview"].map((query) => ({
      path: `/api/exports/${draftDemo!.slug}${query}`,
      check: (status: number, body: string) => {
        expect(status).toBe(404);
        expect(body).not.toContain(draftDemo!.title);
        expect(body).not.toContain("Annotation");
      },
    })),
  ],
};

async function requestAs(
  browser: Browser,
  who: Who,
  n: number,
): Promise<{ request: APIRequestContext; close: () => Promise<void> }> {
  const context = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": `10.40.0.${n}` },
  });
  if (who !== "anonymous") await signIn(await context.newPage(), who);
  return { request: context.request, close: () => context.close() };
}

test("every server action and route handler has a row in the authorization matrix", () => {
  expect(
    listServerActions()
      .map((a) => a.key)
      .sort(),
  ).toEqual(Object.keys(ACTIONS).sort());
  expect(listRouteHandlers().sort()).toEqual(Object.keys(ROUTES).sort());
});

test("server actions allow exactly the roles in their row and refuse the rest without effect", async ({
  browser,
  page,
  baseURL,
}) => {
  // Every role tries every action, and most attempts then load a page to look for the effect.
  test.setTimeout(360_000);
  const actions = new Map(listServerActions().map((a) => [a.key, a]));
  await signIn(page, "admin");
  const admin = await requestAs(browser, "admin", 1);
  const asAdmin = (key: string, args: unknown[]) =>
    callServerAction(admin.request, baseURL!, actions.get(key)!, args);

  const email = `matt-${Date.now()}@e2e.test`;
  const created = await asAdmin("app/(studio)/studio/users/actions.ts#createUserAction", [
    null,
    formData({ name: "Matt Matrix", email, role: "reviewer", password: "matrix password 1" }),
  ]);
  const { redirect } = await asAdmin("app/(studio)/studio/actions.ts#createArticleAction", [
    null,
    formData({}),
  ]);
  const publishable = await asAdmin("app/(studio)/studio/actions.ts#createArticleAction", [
    null,
    formData({}),
  ]);
  const ctx: Ctx = {
    admin: page,
    asAdmin,
    user: { id: (created.result as { data: { id: string } }).data.id, email },
    article: { id: redirect!.split("/").at(-1)!, version: 1 },
    publishable: { id: publishable.redirect!.split("/").at(-1)! },
    annotationA: randomUUID(),
    annotationB: randomUUID(),
    source: { id: "", title: "Matrix source" },
  };
  await adminSave(ctx, "Matrix article", false);
  const saved = await asAdmin("app/(studio)/studio/articles/[id]/actions.ts#saveDocumentAction", [
    {
      articleId: ctx.publishable.id,
      baseVersion: 1,
      title: "Matrix publishable",
      doc: docWith("Text that passes the publish check.", []),
    },
  ]);
  expect(saved.result).toMatchObject({ ok: true });
  const source = await asAdmin("app/(studio)/studio/articles/[id]/actions.ts#addSourceAction", [
    {
      annotationId: ctx.annotationA,
      url: "https://matrix.example/source",
      title: ctx.source.title,
      relation: "supports",
    },
  ]);
  ctx.source.id = (source.result as { data: { id: string } }).data.id;
  await asAdmin("app/(studio)/studio/articles/[id]/actions.ts#unlinkSourceAction", [
    { annotationId: ctx.annotationA, sourceId: ctx.source.id },
  ]);
  annotationVersion.value = 1;

  // Signing out last: it ends the session the other calls use.
  const signsOut = (key: string) => Number(key.endsWith("#signOutEverywhere"));
  const ordered = [...actions.values()].sort((a, b) => signsOut(a.key) - signsOut(b.key));
  for (const [index, who] of EVERYONE.entries()) {
    const caller = await requestAs(browser, who, index + 2);
    // A forged session cookie gets past the proxy's comfort redirect, so the action's own check is what refuses.
    const forged: Record<string, string> =
      who === "anonymous" ? { Cookie: "__Secure-authjs.session-token=forged" } : {};
    for (const action of ordered) {
      for (const row of rowsOf(action.key)) {
        const name = action.key.split("#")[1]!.toLowerCase();
        const attempt = `matrix-${who}-${name}${row.label ? `-${row.label}` : ""}`;
        await row.prepare?.(ctx);
        const { status, result } = await callServerAction(
          caller.request,
          baseURL!,
          action,
          row.args(ctx, attempt),
          forged,
        );
        const label = `${action.key}${row.label ? ` (${row.label})` : ""} as ${who}`;
        expect(status, label).toBeLessThan(500);
        const allowed = row.allowed.includes(who);
        if (allowed && !row.redirects && row.allowed !== EVERYONE) {
          expect(result, label).toMatchObject({ ok: true });
          row.afterSuccess?.(ctx, result);
        }
        if (!allowed) {
          expect(result, label).toMatchObject({
            ok: false,
            code: who === "anonymous" ? "unauthenticated" : "forbidden",
          });
        }
        if (!row.effect) continue;
        const happened = await row.effect(ctx, attempt);
        expect(
          happened,
          `${label}: ${allowed ? "the change should be visible" : "nothing may change"}`,
        ).toBe(allowed);
        if (allowed) await row.undo?.(ctx);
      }
    }
    await caller.close();
  }
  await admin.close();
});

test("route handlers answer each caller as their row says", async ({ browser }) => {
  // Every caller signs in first, which takes a while on a busy machine.
  test.setTimeout(120_000);
  for (const [index, who] of EVERYONE.entries()) {
    const caller = await requestAs(browser, who, index + 20);
    for (const route of Object.values(ROUTES).flat()) {
      const response = await caller.request.get(route.path);
      route.check(response.status(), (await response.text()).trim(), who);
    }
    await caller.close();
  }
});
