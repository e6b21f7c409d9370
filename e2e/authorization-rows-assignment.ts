import { expect } from "@playwright/test";
import type { ActionRow, Ctx, Who } from "./authorization-rows";

const ASSIGNMENT = "app/(studio)/studio/articles/[id]/assignment-actions.ts";
/** Reviewers reach the action too, but may only take an article for themselves. */
const ASSIGNERS: Who[] = ["editor", "admin"];

/** Who the admin's editor page shows the matrix article assigned to. */
async function assigneeShown(ctx: Ctx): Promise<string> {
  await ctx.admin.goto(`/studio/articles/${ctx.article.id}`);
  const select = ctx.admin.getByLabel("Assigned to");
  return select.evaluate((element) => {
    const chosen = (element as HTMLSelectElement).selectedOptions[0];
    return chosen?.textContent ?? "";
  });
}

async function unassign(ctx: Ctx, from: string | null) {
  const { result } = await ctx.asAdmin(`${ASSIGNMENT}#assignArticleAction`, [
    { articleId: ctx.article.id, assigneeId: null, base: from },
  ]);
  expect(result, "admin unassigns").toMatchObject({ ok: true });
}

/** The assignment action's row: assigning someone else is an editor's or admin's call. */
export const ASSIGNMENT_ACTIONS: Record<string, ActionRow> = {
  [`${ASSIGNMENT}#assignArticleAction`]: {
    allowed: ASSIGNERS,
    args: (ctx) => [{ articleId: ctx.article.id, assigneeId: ctx.user.id, base: null }],
    effect: async (ctx) => (await assigneeShown(ctx)).startsWith("Matt Matrix"),
    undo: (ctx) => unassign(ctx, ctx.user.id),
  },
};
