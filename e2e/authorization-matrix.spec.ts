import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import {
  callServerAction,
  formData,
  listRouteHandlers,
  listServerActions,
  type ServerActionRef,
} from "./server-actions";
import type { E2ERole } from "./users";

type Who = "anonymous" | E2ERole;
const EVERYONE: Who[] = ["anonymous", "reviewer", "editor", "admin"];

interface Ctx {
  admin: Page;
  targetId: string;
  targetEmail: string;
}

/**
 * One row per server action. `allowed` lists who may run it; everyone else must be refused
 * with no side effect. `effect` reports whether an attempt's change can be seen afterwards.
 * Public actions (sign-in, sign-out) have no protected effect to check.
 */
interface ActionRow {
  allowed: Who[];
  args: (ctx: Ctx, attempt: string) => unknown[];
  effect?: (ctx: Ctx, attempt: string) => Promise<boolean>;
  undo?: (ctx: Ctx) => Promise<void>;
}

async function usersPageText(ctx: Ctx): Promise<string> {
  await ctx.admin.goto("/studio/users");
  return ctx.admin.getByRole("list", { name: "Users" }).innerText();
}

async function targetRow(ctx: Ctx): Promise<string> {
  await ctx.admin.goto("/studio/users");
  return ctx.admin.getByRole("listitem").filter({ hasText: ctx.targetEmail }).innerText();
}

const ACTIONS: Record<string, ActionRow> = {
  "app/(auth)/sign-in/actions.ts#signInWithPassword": {
    allowed: EVERYONE,
    args: () => [null, formData({ email: "nobody@e2e.test", password: "not a password" })],
  },
  "app/(auth)/sign-in/actions.ts#signInWithProvider": {
    allowed: EVERYONE,
    args: () => [formData({ provider: "none", callbackUrl: "/studio" })],
  },
  "app/(auth)/sign-in/actions.ts#signOutEverywhere": { allowed: EVERYONE, args: () => [] },
  "app/(studio)/studio/users/actions.ts#createUserAction": {
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
  "app/(studio)/studio/users/actions.ts#changeRoleAction": {
    allowed: ["admin"],
    args: (ctx) => [null, formData({ userId: ctx.targetId, role: "admin" })],
    effect: async (ctx) => (await targetRow(ctx)).includes("· Admin"),
    undo: async (ctx) => {
      await ctx.admin.goto("/studio/users");
      const row = ctx.admin.getByRole("listitem").filter({ hasText: ctx.targetEmail });
      await row.getByLabel(/^Role for/).selectOption("Reviewer");
      await row.getByRole("button", { name: /^Change role/ }).click();
      await expect(row).toContainText("· Reviewer");
    },
  },
  "app/(studio)/studio/users/actions.ts#setDisabledAction": {
    allowed: ["admin"],
    args: (ctx) => [null, formData({ userId: ctx.targetId, disabled: "true" })],
    effect: async (ctx) => (await targetRow(ctx)).includes("Disabled"),
    undo: async (ctx) => {
      await ctx.admin.goto("/studio/users");
      await ctx.admin.getByRole("button", { name: "Enable Matt Matrix" }).click();
      await expect(ctx.admin.getByRole("button", { name: "Disable Matt Matrix" })).toBeVisible();
    },
  },
};

/** Route handlers: what each caller gets. All current ones are public by design. */
const ROUTES: Record<
  string,
  { path: string; check: (status: number, body: string, who: Who) => void }
> = {
  "/api/health": {
    path: "/api/health",
    check: (status) => expect(status).toBe(200),
  },
  "/api/auth/[...nextauth]": {
    path: "/api/auth/session",
    check: (status, body, who) => {
      expect(status).toBe(200);
      if (who === "anonymous") expect(body).toBe("null");
      else expect(body).toContain(`${who}@e2e.test`);
    },
  },
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
  test.setTimeout(120_000);
  const actions = listServerActions();
  await signIn(page, "admin");
  const admin = await requestAs(browser, "admin", 1);
  const create = actions.find((a) => a.key.endsWith("#createUserAction"))!;
  const targetEmail = `matt-${Date.now()}@e2e.test`;
  const created = await callServerAction(admin.request, baseURL!, create, [
    null,
    formData({
      name: "Matt Matrix",
      email: targetEmail,
      role: "reviewer",
      password: "matrix password 1",
    }),
  ]);
  const ctx: Ctx = {
    admin: page,
    targetEmail,
    targetId: (created.result as { data: { id: string } }).data.id,
  };
  await admin.close();

  // Public actions last: signing out ends the session the other calls use.
  const ordered = [...actions].sort(
    (a, b) => Number(!ACTIONS[a.key]!.effect) - Number(!ACTIONS[b.key]!.effect),
  );
  for (const [index, who] of EVERYONE.entries()) {
    const caller = await requestAs(browser, who, index + 2);
    // A forged session cookie gets past the proxy's comfort redirect, so the action's own check is what refuses.
    const forged: Record<string, string> =
      who === "anonymous" ? { Cookie: "__Secure-authjs.session-token=forged" } : {};
    for (const action of ordered as ServerActionRef[]) {
      const row = ACTIONS[action.key]!;
      const attempt = `matrix-${who}-${action.key.split("#")[1]!.toLowerCase()}`;
      const { status, result } = await callServerAction(
        caller.request,
        baseURL!,
        action,
        row.args(ctx, attempt),
        forged,
      );
      const label = `${action.key} as ${who}`;
      expect(status, label).toBeLessThan(500);
      if (!row.effect) continue;
      const happened = await row.effect(ctx, attempt);
      if (row.allowed.includes(who)) {
        expect(result, label).toMatchObject({ ok: true });
        expect(happened, `${label}: the change should be visible`).toBe(true);
        await row.undo?.(ctx);
      } else {
        expect(result, label).toMatchObject({
          ok: false,
          code: who === "anonymous" ? "unauthenticated" : "forbidden",
        });
        expect(happened, `${label}: nothing may change`).toBe(false);
      }
    }
    await caller.close();
  }
});

test("route handlers answer each caller as their row says", async ({ browser }) => {
  for (const [index, who] of EVERYONE.entries()) {
    const caller = await requestAs(browser, who, index + 20);
    for (const route of Object.values(ROUTES)) {
      const response = await caller.request.get(route.path);
      route.check(response.status(), (await response.text()).trim(), who);
    }
    await caller.close();
  }
});
