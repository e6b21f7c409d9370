import { expect, type Page } from "@playwright/test";
import { docWith } from "./docs";
import { SUGGESTION_ACTIONS } from "./authorization-rows-suggestions";
import { annotationPanel } from "./editor-helpers";
import { formData } from "./server-actions";
import type { E2ERole } from "./users";

export type Who = "anonymous" | E2ERole;
export const EVERYONE: Who[] = ["anonymous", "reviewer", "editor", "admin"];
const EDITORS: Who[] = ["reviewer", "editor", "admin"];

/** What the rows share: an admin's page to look with, an admin caller, and the test's records. */
export interface Ctx {
  admin: Page;
  asAdmin: (key: string, args: unknown[]) => Promise<{ result: unknown; redirect: string | null }>;
  user: { id: string; email: string };
  article: { id: string; version: number };
  /** An article that passes the publish check, for publishing. */
  publishable: { id: string };
  /** A: attached, used for details and sources. B: detached, used for deleting for good. */
  annotationA: string;
  annotationB: string;
  source: { id: string; title: string };
}

/**
 * One row per server action. `allowed` lists who may run it; everyone else must be refused
 * with no side effect. `effect` reports whether an attempt's change can be seen afterwards,
 * `prepare` sets the stage before each attempt and `undo` puts things back after an allowed one.
 * Public actions (sign-in, sign-out) have no protected effect to check.
 */
export interface ActionRow {
  /** Names a sub-row when one action needs several (e.g. one per workflow transition). */
  label?: string;
  allowed: Who[];
  args: (ctx: Ctx, attempt: string) => unknown[];
  prepare?: (ctx: Ctx) => Promise<void>;
  effect?: (ctx: Ctx, attempt: string) => Promise<boolean>;
  undo?: (ctx: Ctx) => Promise<void>;
  /** The action answers with a redirect, not a result. */
  redirects?: boolean;
  afterSuccess?: (ctx: Ctx, result: unknown) => void;
}

const EDITOR = "app/(studio)/studio/articles/[id]/actions.ts";
const USERS = "app/(studio)/studio/users/actions.ts";

async function usersPageText(ctx: Ctx): Promise<string> {
  await ctx.admin.goto("/studio/users");
  return ctx.admin.getByRole("list", { name: "Users" }).innerText();
}

async function userRow(ctx: Ctx): Promise<string> {
  await ctx.admin.goto("/studio/users");
  return ctx.admin.getByRole("listitem").filter({ hasText: ctx.user.email }).innerText();
}

async function studioList(ctx: Ctx): Promise<string> {
  await ctx.admin.goto("/studio");
  return ctx.admin.getByRole("table").innerText();
}

/** The editor's view of annotation A (panel) and of the detached list, as the admin sees them. */
async function editorView(ctx: Ctx): Promise<{ panel: string; detached: string }> {
  await ctx.admin.goto(`/studio/articles/${ctx.article.id}`);
  const list = ctx.admin.getByRole("list", { name: "Annotations in document order" });
  await list.getByRole("button").first().click();
  const panel = annotationPanel(ctx.admin);
  await expect(panel).toBeVisible();
  const detached = ctx.admin.getByRole("list", { name: "Detached annotations" });
  return {
    panel: `${await panel.innerText()} cue=${await panel.getByLabel("Cue").inputValue()}`,
    detached: (await detached.count()) ? await detached.innerText() : "",
  };
}

/** Whether the admin's search at a studio search route finds `query`. */
async function found(ctx: Ctx, route: string, query: string): Promise<boolean> {
  const response = await ctx.admin.request.get(`${route}?q=${encodeURIComponent(query)}`);
  // The answer repeats the query: only the results tell.
  const { results } = (await response.json()) as { results: unknown[] };
  return JSON.stringify(results).includes(query);
}

async function linkSourceAsAdmin(ctx: Ctx) {
  await ctx.asAdmin(`${EDITOR}#linkSourceAction`, [
    { annotationId: ctx.annotationA, sourceId: ctx.source.id, relation: "supports", excerpt: "" },
  ]);
}

async function unlinkSourceAsAdmin(ctx: Ctx) {
  await ctx.asAdmin(`${EDITOR}#unlinkSourceAction`, [
    { annotationId: ctx.annotationA, sourceId: ctx.source.id },
  ]);
}

const saveDoc = (ctx: Ctx, title: string, withB: boolean) =>
  ctx.asAdmin(`${EDITOR}#saveDocumentAction`, [
    {
      articleId: ctx.article.id,
      baseVersion: ctx.article.version,
      title,
      doc: docWith("Matrix text.", [
        { id: ctx.annotationA, quote: "Alpha claim." },
        ...(withB ? [{ id: ctx.annotationB, quote: "Beta claim." }] : []),
      ]),
    },
  ]);

/** Saves as the admin and keeps the article's version up to date. */
export async function adminSave(ctx: Ctx, title: string, withB: boolean): Promise<void> {
  const { result } = await saveDoc(ctx, title, withB);
  ctx.article.version = (result as { data: { version: number } }).data.version;
}

async function articleStatus(ctx: Ctx, articleId = ctx.article.id): Promise<string> {
  await ctx.admin.goto(`/studio/articles/${articleId}`);
  const badge = ctx.admin.getByRole("region", { name: "Review" }).getByLabel(/^Status: /);
  return (await badge.getAttribute("aria-label")) ?? "";
}

async function adminTransition(ctx: Ctx, articleId: string, transition: string): Promise<void> {
  const { result } = await ctx.asAdmin(`${EDITOR}#transitionArticleAction`, [
    { articleId, transition },
  ]);
  expect(result, `admin ${transition}`).toMatchObject({ ok: true });
}

/** One row per server action, or several sub-rows where the roles depend on the arguments. */
export const ACTIONS: Record<string, ActionRow | ActionRow[]> = {
  "app/(auth)/sign-in/actions.ts#signInWithPassword": {
    allowed: EVERYONE,
    args: () => [null, formData({ email: "nobody@e2e.test", password: "not a password" })],
  },
  "app/(auth)/sign-in/actions.ts#signInWithProvider": {
    allowed: EVERYONE,
    args: () => [formData({ provider: "none", callbackUrl: "/studio" })],
  },
  "app/(auth)/sign-in/actions.ts#signOutEverywhere": { allowed: EVERYONE, args: () => [] },
  [`${USERS}#createUserAction`]: {
    allowed: ["admin"],
    args: (_ctx, attempt) => [
      null,
      formData({
        name: attempt,
        email: `${attempt}@e2e.test`,
        role: "admin",
        password: "matrix password 1",
      }),
    ],
    effect: async (ctx, attempt) => (await usersPageText(ctx)).includes(`${attempt}@e2e.test`),
  },
  [`${USERS}#changeRoleAction`]: {
    allowed: ["admin"],
    args: (ctx) => [null, formData({ userId: ctx.user.id, role: "admin" })],
    effect: async (ctx) => (await userRow(ctx)).includes("· Admin"),
    undo: async (ctx) => {
      await ctx.asAdmin(`${USERS}#changeRoleAction`, [
        null,
        formData({ userId: ctx.user.id, role: "reviewer" }),
      ]);
    },
  },
  [`${USERS}#setDisabledAction`]: {
    allowed: ["admin"],
    args: (ctx) => [null, formData({ userId: ctx.user.id, disabled: "true" })],
    effect: async (ctx) => (await userRow(ctx)).includes("Disabled"),
    undo: async (ctx) => {
      await ctx.asAdmin(`${USERS}#setDisabledAction`, [
        null,
        formData({ userId: ctx.user.id, disabled: "false" }),
      ]);
    },
  },
  // No effect check: whether a password changed shows only by signing in, which would cost a
  // browser per caller; the refusal itself is checked, and runAction refuses before running.
  [`${USERS}#setPasswordAction`]: {
    allowed: ["admin"],
    args: (ctx, attempt) => [null, formData({ userId: ctx.user.id, password: `${attempt} pw` })],
  },
  "app/(studio)/studio/actions.ts#createArticleAction": {
    allowed: EDITORS,
    redirects: true,
    args: () => [null, formData({})],
    // Every new draft is listed as "Untitled draft"; count them before and after.
    effect: async (ctx) => {
      const count = ((await studioList(ctx)).match(/Untitled draft/g) ?? []).length;
      const changed = count !== draftCount.value;
      draftCount.value = count;
      return changed;
    },
    prepare: async (ctx) => {
      draftCount.value = ((await studioList(ctx)).match(/Untitled draft/g) ?? []).length;
    },
  },
  [`${EDITOR}#saveDocumentAction`]: {
    allowed: EDITORS,
    args: (ctx, attempt) => [
      {
        articleId: ctx.article.id,
        baseVersion: ctx.article.version,
        title: attempt,
        doc: docWith("Matrix text.", [{ id: ctx.annotationA, quote: "Alpha claim." }]),
      },
    ],
    effect: async (ctx, attempt) => (await studioList(ctx)).includes(attempt),
    afterSuccess: (ctx, result) => {
      ctx.article.version = (result as { data: { version: number } }).data.version;
    },
  },
  [`${EDITOR}#saveAnnotationDetailsAction`]: {
    allowed: EDITORS,
    args: (ctx, attempt) => [
      {
        id: ctx.annotationA,
        version: annotationVersion.value,
        speakerId: null,
        cue: attempt,
        note: "",
      },
    ],
    effect: async (ctx, attempt) => (await editorView(ctx)).panel.includes(`cue=${attempt}`),
    afterSuccess: (_ctx, result) => {
      annotationVersion.value = (result as { data: { version: number } }).data.version;
    },
  },
  [`${EDITOR}#deleteAnnotationAction`]: {
    allowed: EDITORS,
    // B is put back and detached again before each attempt, so there is always one to delete.
    prepare: async (ctx) => {
      await adminSave(ctx, "Matrix article", true);
      await adminSave(ctx, "Matrix article", false);
    },
    args: (ctx) => [{ id: ctx.annotationB }],
    effect: async (ctx) => !(await editorView(ctx)).detached.includes("Beta claim."),
  },
  // Each transition has its own roles: one sub-row per transition the matrix proves.
  [`${EDITOR}#transitionArticleAction`]: [
    {
      label: "submit",
      allowed: EDITORS,
      args: (ctx) => [{ articleId: ctx.article.id, transition: "submit" }],
      effect: async (ctx) => (await articleStatus(ctx)) === "Status: In review",
      // There is no way back from review but through the archive.
      undo: async (ctx) => {
        await adminTransition(ctx, ctx.article.id, "archive");
        await adminTransition(ctx, ctx.article.id, "restore");
      },
    },
    {
      label: "publish",
      allowed: ["editor", "admin"],
      args: (ctx) => [{ articleId: ctx.publishable.id, transition: "publish" }],
      effect: async (ctx) => (await articleStatus(ctx, ctx.publishable.id)) === "Status: Published",
      undo: (ctx) => adminTransition(ctx, ctx.publishable.id, "unpublish"),
    },
    {
      label: "archive",
      allowed: ["editor", "admin"],
      args: (ctx) => [{ articleId: ctx.article.id, transition: "archive" }],
      effect: async (ctx) => (await articleStatus(ctx)) === "Status: Archived",
      undo: (ctx) => adminTransition(ctx, ctx.article.id, "restore"),
    },
  ],
  [`${EDITOR}#annotationHistoryAction`]: {
    allowed: EDITORS,
    args: (ctx) => [{ id: ctx.annotationA }],
  },
  [`${EDITOR}#createSpeakerAction`]: {
    allowed: EDITORS,
    args: (_ctx, attempt) => [{ name: attempt, type: "person", description: "" }],
    effect: (ctx, attempt) => found(ctx, "/api/studio/speakers", attempt),
  },
  [`${EDITOR}#addSourceAction`]: {
    allowed: EDITORS,
    args: (ctx, attempt) => [
      {
        annotationId: ctx.annotationA,
        url: `https://matrix.example/${attempt}`,
        title: attempt,
        relation: "context",
      },
    ],
    effect: (ctx, attempt) => found(ctx, "/api/studio/sources", attempt),
  },
  [`${EDITOR}#linkSourceAction`]: {
    allowed: EDITORS,
    prepare: unlinkSourceAsAdmin,
    args: (ctx) => [
      { annotationId: ctx.annotationA, sourceId: ctx.source.id, relation: "supports", excerpt: "" },
    ],
    effect: async (ctx) => (await editorView(ctx)).panel.includes(`Supports: ${ctx.source.title}`),
    undo: unlinkSourceAsAdmin,
  },
  [`${EDITOR}#unlinkSourceAction`]: {
    allowed: EDITORS,
    prepare: linkSourceAsAdmin,
    args: (ctx) => [{ annotationId: ctx.annotationA, sourceId: ctx.source.id }],
    effect: async (ctx) => !(await editorView(ctx)).panel.includes(`Supports: ${ctx.source.title}`),
    undo: async () => {},
  },
  ...SUGGESTION_ACTIONS,
};

export function rowsOf(key: string): ActionRow[] {
  return [ACTIONS[key]!].flat();
}

// Counters the rows keep between prepare, attempt and effect.
const draftCount = { value: 0 };
export const annotationVersion = { value: 1 };
