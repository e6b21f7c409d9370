import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotations, articles, auditEvents } from "@/db/schema";
import { extractAnchors } from "@/lib/editor/anchors";
import { parseDocument } from "@/lib/editor/schema";
import { ImportRefusedError } from "@/lib/import/fetch-page";
import { createTestDb, insertUser, refusal, type TestDb } from "@/test/db";
import { annotatedDoc } from "@/test/documents";
import { newsPage, startPageServer } from "@/test/news-pages";
import { acceptNewVersion, previewNewVersion, previewNewVersionSchema } from "./new-version";
import { createDraftArticle, saveArticleDocument } from "./save";

let t: TestDb;
let reviewer: { id: string };
let pages: Awaited<ReturnType<typeof startPageServer>>;
beforeAll(async () => {
  t = await createTestDb();
  reviewer = { id: await insertUser(t.db, "reviewer") };
  pages = await startPageServer((path) =>
    path === "/revised"
      ? newsPage({
          title: "Bridge",
          outlet: "Courier",
          author: "A. Writer",
          date: "2026-11-01",
          paragraphs: [
            "A new first paragraph was added on Tuesday.",
            "The mayor said the bridge would reopen in spring.",
          ],
        })
      : null,
  );
});
afterAll(async () => {
  await pages.close();
  await t.close();
});

const SAID = "the bridge would reopen in spring";
const FIGURE = "the bill rose by 40 per cent";
const GONE = "The bridge closed on 3 May.";

/** An article with three annotations: one to move, one to change, one to lose. */
async function annotatedArticle() {
  const { id } = await createDraftArticle(t.db, reviewer);
  const ids = { said: randomUUID(), figure: randomUUID(), gone: randomUUID() };
  const doc = annotatedDoc(
    ["The mayor said ", { text: SAID, id: ids.said, kind: "official_claim" }, "."],
    ["Critics alleged ", { text: FIGURE, id: ids.figure, kind: "allegation" }, "."],
    [{ text: GONE, id: ids.gone, kind: "verified_fact" }, " A ferry runs."],
  );
  const saved = await saveArticleDocument(t.db, reviewer, {
    articleId: id,
    baseVersion: 1,
    title: "Bridge",
    doc,
  });
  await t.db
    .update(annotations)
    .set({ note: "Check the pier." })
    .where(eq(annotations.id, ids.gone));
  return { id, ids, version: saved.version };
}

const REVISION = [
  "Updated with the contractor's reply.",
  `The mayor said ${SAID}.`,
  "Critics alleged the bill rose by 42 per cent.",
  "A ferry runs.",
].join("\n\n");

const previewOf = (articleId: string, source: unknown) =>
  previewNewVersion(t.db, previewNewVersionSchema.parse({ articleId, source }), {
    allowAddresses: ["127.0.0.1"],
  });

describe("previewNewVersion", () => {
  it("says where each annotation lands on pasted text and saves nothing", async () => {
    const { id, ids, version } = await annotatedArticle();
    const before = await t.db.select().from(articles).where(eq(articles.id, id));
    const preview = await previewOf(id, { from: "text", text: REVISION });

    expect(preview.baseVersion).toBe(version);
    expect(preview.sourceUrl).toBeNull();
    expect(preview.counts).toEqual({ kept: 0, moved: 1, changed: 1, not_found: 1 });
    const byId = new Map(preview.annotations.map((a) => [a.id, a]));
    expect(byId.get(ids.said)).toMatchObject({ status: "moved", newQuote: SAID });
    expect(preview.text.slice(byId.get(ids.said)!.start, byId.get(ids.said)!.end)).toBe(SAID);
    expect(byId.get(ids.figure)).toMatchObject({
      status: "changed",
      oldQuote: FIGURE,
      newQuote: "the bill rose by 42 per cent",
      kind: "allegation",
    });
    expect(byId.get(ids.gone)).toMatchObject({ status: "not_found", oldQuote: GONE });
    expect(byId.get(ids.gone)!.start).toBeUndefined();
    // The preview's document carries no marks: the save places them itself.
    expect(extractAnchors(parseDocument(preview.doc))).toEqual([]);
    expect(await t.db.select().from(articles).where(eq(articles.id, id))).toEqual(before);
  });

  it("fetches the new version from a page, and refuses an address the guard refuses", async () => {
    const { id, ids } = await annotatedArticle();
    const preview = await previewOf(id, { from: "url", url: pages.url("/revised") });
    expect(preview.sourceUrl).toBe(pages.url("/revised"));
    expect(preview.annotations.find((a) => a.id === ids.said)).toMatchObject({ status: "moved" });

    const refused = await refusal(
      previewNewVersion(
        t.db,
        previewNewVersionSchema.parse({
          articleId: id,
          source: { from: "url", url: pages.url("/revised") },
        }),
        { allowAddresses: [] },
      ),
    );
    expect(refused).toBeInstanceOf(ImportRefusedError);
    expect(refused.field).toBe("url");
    expect(refused.message).toContain("points to the server Claimmark runs on");
  });

  it("refuses blank text with what to do", () => {
    const result = previewNewVersionSchema.safeParse({
      articleId: randomUUID(),
      source: { from: "text", text: "  \n " },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Paste the new version of the article's text.");
  });
});

describe("acceptNewVersion", () => {
  it("saves the new text with the annotations carried over and the lost one detached with its details", async () => {
    const { id, ids, version } = await annotatedArticle();
    const preview = await previewOf(id, { from: "text", text: REVISION });
    const accepted = await acceptNewVersion(t.db, reviewer, {
      articleId: id,
      baseVersion: version,
      doc: preview.doc,
      sourceUrl: null,
    });
    expect(accepted).toEqual({ version: version + 1, counts: preview.counts });

    const [article] = await t.db.select().from(articles).where(eq(articles.id, id));
    const anchors = extractAnchors(parseDocument(article!.doc));
    expect(anchors.map((a) => [a.id, a.quote])).toEqual([
      [ids.said, SAID],
      [ids.figure, "the bill rose by 42 per cent"],
    ]);
    const rows = await t.db.select().from(annotations).where(eq(annotations.articleId, id));
    const gone = rows.find((row) => row.id === ids.gone)!;
    expect(gone.detachedAt).not.toBeNull();
    expect(gone).toMatchObject({ quote: GONE, note: "Check the pier.", kind: "verified_fact" });
    expect(rows.find((row) => row.id === ids.figure)).toMatchObject({
      quote: "the bill rose by 42 per cent",
      detachedAt: null,
    });

    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "replace_text")));
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toEqual({
      version: version + 1,
      from: "pasted text",
      kept: 0,
      moved: 1,
      changed: 1,
      notFound: 1,
    });
    // The replaced text stays in the history, to be copied back.
    expect(events[0]!.before).toMatchObject({ version, title: "Bridge" });
    expect(JSON.stringify((events[0]!.before as { doc: unknown }).doc)).toContain(GONE);
  });

  it("refuses a review computed on an older version, changing nothing", async () => {
    const { id, version } = await annotatedArticle();
    const preview = await previewOf(id, { from: "text", text: REVISION });
    const error = await refusal(
      acceptNewVersion(t.db, reviewer, {
        articleId: id,
        baseVersion: version - 1,
        doc: preview.doc,
        sourceUrl: null,
      }),
    );
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/Compare again/);
    const [article] = await t.db.select().from(articles).where(eq(articles.id, id));
    expect(article!.version).toBe(version);
  });

  it("places annotations only by re-anchoring, never where the sent document puts marks", async () => {
    const { id, ids, version } = await annotatedArticle();
    // A client sending marks of its own, over the wrong words.
    const forged = annotatedDoc([
      { text: "Critics alleged", id: ids.said, kind: "official_claim" },
      ` the bill rose by 40 per cent. The mayor said ${SAID}.`,
    ]);
    await acceptNewVersion(t.db, reviewer, {
      articleId: id,
      baseVersion: version,
      doc: forged,
      sourceUrl: null,
    });
    const [article] = await t.db.select().from(articles).where(eq(articles.id, id));
    const anchors = extractAnchors(parseDocument(article!.doc));
    expect(anchors.find((a) => a.id === ids.said)?.quote).toBe(SAID);
    expect(anchors.find((a) => a.id === ids.figure)?.quote).toBe(FIGURE);
  });
});
