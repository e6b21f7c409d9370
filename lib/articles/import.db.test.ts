import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, auditEvents } from "@/db/schema";
import { plainText } from "@/lib/editor/anchors";
import { parseDocument } from "@/lib/editor/schema";
import { ImportRefusedError } from "@/lib/import/fetch-page";
import { createTestDb, insertUser, refusal, type TestDb } from "@/test/db";
import { annotatedDoc } from "@/test/documents";
import { newsPage, startPageServer } from "@/test/news-pages";
import { HAS_TEXT_ALREADY, importArticleFromUrl, importFromUrlSchema } from "./import";
import { createDraftArticle, saveArticleDocument } from "./save";

const STORY = {
  title: "Flood barrier opens a year late",
  outlet: "Riverton Courier",
  author: "Maya Fenwick",
  date: "2026-10-30",
  paragraphs: [
    "The flood barrier on the Riverton estuary opened on Friday, a year later than planned.",
    "The environment agency said the delay was caused by a shortage of steel.",
  ],
};

let t: TestDb;
let reviewer: { id: string };
let pages: Awaited<ReturnType<typeof startPageServer>>;
const allowLocal = { allowAddresses: ["127.0.0.1"] };
beforeAll(async () => {
  t = await createTestDb();
  reviewer = { id: await insertUser(t.db, "reviewer") };
  pages = await startPageServer((path) => (path === "/story" ? newsPage(STORY) : null));
});
afterAll(async () => {
  await pages.close();
  await t.close();
});

const input = (fields: Record<string, string>) => importFromUrlSchema.parse(fields);
const row = async (id: string) =>
  (await t.db.select().from(articles).where(eq(articles.id, id)))[0]!;

describe("importArticleFromUrl", () => {
  it("starts a new draft with the page's title, text and provenance, audited once", async () => {
    const { id } = await importArticleFromUrl(
      t.db,
      reviewer,
      input({ url: pages.url("/story") }),
      allowLocal,
    );
    const article = await row(id);
    expect(article).toMatchObject({
      title: STORY.title,
      status: "draft",
      checkedOutlet: STORY.outlet,
      checkedAuthor: STORY.author,
      checkedUrl: pages.url("/story"),
      checkedDate: STORY.date,
    });
    expect(plainText(parseDocument(article.doc))).toBe(STORY.paragraphs.join("\n\n"));
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "import")));
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({ from: pages.url("/story"), title: STORY.title });
  });

  it("fills an empty article, keeping the title and fields someone already typed", async () => {
    const { id } = await createDraftArticle(t.db, reviewer);
    await saveArticleDocument(t.db, reviewer, {
      articleId: id,
      baseVersion: 1,
      title: "Our check of the barrier story",
      doc: { type: "doc", content: [{ type: "paragraph" }] },
    });
    await t.db.update(articles).set({ checkedAuthor: "M. Fenwick" }).where(eq(articles.id, id));
    await importArticleFromUrl(
      t.db,
      reviewer,
      input({ url: pages.url("/story"), articleId: id }),
      allowLocal,
    );
    expect(await row(id)).toMatchObject({
      title: "Our check of the barrier story",
      checkedAuthor: "M. Fenwick",
      checkedOutlet: STORY.outlet,
    });
  });

  it("refuses to overwrite an article that has text", async () => {
    const { id } = await createDraftArticle(t.db, reviewer);
    await saveArticleDocument(t.db, reviewer, {
      articleId: id,
      baseVersion: 1,
      title: "Typed",
      doc: annotatedDoc(["Someone's own words."]),
    });
    const before = await row(id);
    const error = await refusal(
      importArticleFromUrl(
        t.db,
        reviewer,
        input({ url: pages.url("/story"), articleId: id }),
        allowLocal,
      ),
    );
    expect(error.message).toBe(HAS_TEXT_ALREADY);
    expect(await row(id)).toEqual(before);
  });

  it("creates nothing when the fetch guard refuses the address", async () => {
    const count = async () => (await t.db.select({ id: articles.id }).from(articles)).length;
    const before = await count();
    const error = await refusal(
      importArticleFromUrl(t.db, reviewer, input({ url: "http://192.168.1.10/story" }), allowLocal),
    );
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect((error as ImportRefusedError).reason).toBe("blocked_address");
    expect(error.field).toBe("url");
    expect(await count()).toBe(before);
  });

  it("says what to type when the address is blank", () => {
    const result = importFromUrlSchema.safeParse({ url: "  " });
    expect(result.error?.issues[0]?.message).toBe(
      "Enter the address of the page, starting with https://.",
    );
  });
});
