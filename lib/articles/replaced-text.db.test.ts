import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, auditEvents } from "@/db/schema";
import { createTestDb, insertUser, type TestDb, refusal } from "@/test/db";
import { annotatedDoc } from "@/test/documents";
import { createDraftArticle, saveArticleDocument } from "./save";
import { transitionArticle } from "./workflow";

let t: TestDb;
let editor: { id: string };
let other: { id: string };
beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor") };
  other = { id: await insertUser(t.db, "reviewer") };
});
afterAll(() => t.close());

/** What the audit event of the save that made `version` kept of the version before it. */
async function editedBefore(articleId: string, version: number): Promise<unknown> {
  const [event] = await t.db
    .select({ before: auditEvents.before })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.articleId, articleId),
        eq(auditEvents.action, "edit"),
        sql`${auditEvents.after}->>'version' = ${String(version)}`,
      ),
    );
  return event?.before;
}

describe("saving over another person's text", () => {
  it("keeps another person's replaced text in the audit event when a conflict is resolved with mine", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    const save = (actor: { id: string }, baseVersion: number, title: string, text: string) =>
      saveArticleDocument(t.db, actor, {
        articleId: id,
        baseVersion,
        title,
        doc: annotatedDoc([text]),
      });
    await save(editor, 1, "Theirs", "The first editor's sentence.");

    // The second person started from version 1, lost the race, and keeps their own text.
    const conflict = await refusal(save(other, 1, "Mine", "The second editor's sentence."));
    if (conflict.payload.kind !== "document_conflict") throw new Error("Expected a save conflict.");
    const { version } = conflict.payload.details;
    expect((await save(other, version, "Mine", "The second editor's sentence.")).version).toBe(3);
    expect(await editedBefore(id, 3)).toEqual({
      version: 2,
      title: "Theirs",
      doc: annotatedDoc(["The first editor's sentence."]),
    });

    // Their own next autosave replaces their own text: version and title only.
    await save(other, 3, "Mine, edited", "The second editor's sentence, edited.");
    expect(await editedBefore(id, 4)).toEqual({ version: 3, title: "Mine" });
    // Another person changing only the title replaces no text.
    await save(editor, 4, "Retitled", "The second editor's sentence, edited.");
    expect(await editedBefore(id, 5)).toEqual({ version: 4, title: "Mine, edited" });
  });

  it("goes by who wrote the text, not by who last changed the article's status", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    const doc = (text: string) => annotatedDoc([text]);
    await saveArticleDocument(t.db, other, {
      articleId: id,
      baseVersion: 1,
      title: "R",
      doc: doc("Rob's."),
    });
    await transitionArticle(
      t.db,
      { id: editor.id, role: "editor" },
      { articleId: id, transition: "submit" },
    );
    await saveArticleDocument(t.db, other, {
      articleId: id,
      baseVersion: 2,
      title: "R",
      doc: doc("Rob's, again."),
    });
    expect(await editedBefore(id, 3)).toEqual({ version: 2, title: "R" });
  });

  it("keeps the text of an imported article, which no save wrote, when someone else replaces it", async () => {
    const imported = annotatedDoc(["Imported text."]);
    const [row] = await t.db
      .insert(articles)
      .values({
        slug: "imported",
        title: "Imported",
        doc: imported,
        version: 3,
        createdBy: editor.id,
      })
      .returning({ id: articles.id });
    const doc = annotatedDoc(["Rewritten."]);
    await saveArticleDocument(t.db, other, { articleId: row!.id, baseVersion: 3, title: "I", doc });
    expect(await editedBefore(row!.id, 4)).toEqual({
      version: 3,
      title: "Imported",
      doc: imported,
    });
  });

  it("does not keep the empty text of a new draft someone else created", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    const doc = annotatedDoc(["Text."]);
    await saveArticleDocument(t.db, other, { articleId: id, baseVersion: 1, title: "T", doc });
    expect(await editedBefore(id, 2)).toEqual({ version: 1, title: "" });
  });
});
