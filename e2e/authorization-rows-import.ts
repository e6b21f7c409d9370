import { expect } from "@playwright/test";
import { docWith } from "./docs";
import { newsPage, startPageServer } from "../test/news-pages";
import type { ActionRow, Ctx, Who } from "./authorization-rows";
import { adminSave } from "./authorization-rows";
import { formData } from "./server-actions";

const IMPORT = "app/(studio)/studio/import-actions.ts";
const NEW_VERSION = "app/(studio)/studio/articles/[id]/new-version/actions.ts";
const EVERY_ROLE: Who[] = ["reviewer", "editor", "admin"];

/** Serves one page per attempt, titled after it, so an import's effect names its attempt. */
let pages: Awaited<ReturnType<typeof startPageServer>> | null = null;
async function ensurePages(): Promise<void> {
  pages ??= await startPageServer((path) => {
    const attempt = path.split("/").at(-1) ?? "";
    return newsPage({
      title: `Imported ${attempt}`,
      outlet: "Matrix Herald",
      author: "Ina Import",
      date: "2026-11-02",
      paragraphs: [
        "The council said on Monday that the bridge would reopen in spring after repairs.",
        "Residents had asked for a temporary crossing while the work goes on.",
      ],
    });
  });
}

async function studioListShows(ctx: Ctx, text: string): Promise<boolean> {
  await ctx.admin.goto(`/studio?q=${encodeURIComponent(text)}`);
  return (await ctx.admin.getByRole("main").innerText()).includes(text);
}

async function articleTextShows(ctx: Ctx, text: string): Promise<boolean> {
  await ctx.admin.goto(`/studio/articles/${ctx.article.id}`);
  const article = ctx.admin.getByRole("textbox", { name: "Article text" });
  // Every version of the matrix article says this: the editor has loaded its text.
  await expect(article).toContainText("Matrix text.");
  return (await article.innerText()).includes(text);
}

/** The matrix article's text with a sentence naming the attempt added after annotation A. */
const newVersion = (attempt: string) => docWith(`Alpha claim. Matrix text. ${attempt}.`, []);

/**
 * Rows of "Import from URL" and "Replace text with a new version": everyone who edits drafts
 * may use them. Comparing versions saves nothing, so it has no effect to look for.
 */
export const IMPORT_ACTIONS: Record<string, ActionRow> = {
  [`${IMPORT}#importFromUrlAction`]: {
    allowed: EVERY_ROLE,
    prepare: ensurePages,
    args: (_ctx, attempt) => [null, formData({ url: pages!.url(`/story/${attempt}`) })],
    effect: (ctx, attempt) => studioListShows(ctx, `Imported ${attempt}`),
  },
  [`${NEW_VERSION}#previewNewVersionAction`]: {
    allowed: EVERY_ROLE,
    args: (ctx, attempt) => [
      { articleId: ctx.article.id, source: { from: "text", text: `Alpha claim. ${attempt}` } },
    ],
  },
  [`${NEW_VERSION}#acceptNewVersionAction`]: {
    allowed: EVERY_ROLE,
    args: (ctx, attempt) => [
      {
        articleId: ctx.article.id,
        baseVersion: ctx.article.version,
        doc: newVersion(attempt),
        sourceUrl: null,
      },
    ],
    afterSuccess: (ctx, result) => {
      ctx.article.version = (result as { data: { version: number } }).data.version;
    },
    effect: (ctx, attempt) => articleTextShows(ctx, attempt),
    undo: (ctx) => adminSave(ctx, "Matrix article", false),
  },
};
