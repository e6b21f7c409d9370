import type { ActionRow, Ctx, Who } from "./authorization-rows";

const EDITOR = "app/(studio)/studio/articles/[id]/actions.ts";
const EDITORS: Who[] = ["reviewer", "editor", "admin"];

type Checked = { outlet: string; author: string; url: string | null; date: string | null };
/** The checked article as the last allowed attempt saved it: the base of the next one. */
const checkedBase: { value: Checked } = {
  value: { outlet: "", author: "", url: null, date: null },
};

/** The "Checked article" region of the matrix article, as the admin's editor shows it. */
async function checkedArticleText(ctx: Ctx): Promise<string> {
  await ctx.admin.goto(`/studio/articles/${ctx.article.id}`);
  return ctx.admin.getByRole("region", { name: "Checked article" }).innerText();
}

/** The rows of the verdict actions, spread into the matrix's list. */
export const VERDICT_ACTIONS: Record<string, ActionRow> = {
  [`${EDITOR}#saveCheckedArticleAction`]: {
    allowed: EDITORS,
    args: (ctx, attempt) => [
      { articleId: ctx.article.id, base: checkedBase.value, outlet: attempt, date: "2026-05-03" },
    ],
    effect: async (ctx, attempt) => (await checkedArticleText(ctx)).includes(attempt),
    afterSuccess: (_ctx, result) => {
      checkedBase.value = (result as { data: { checked: Checked } }).data.checked;
    },
  },
};
