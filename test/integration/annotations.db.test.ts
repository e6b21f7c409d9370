import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotations } from "@/db/schema";
import { createTestDb, insertUser, type TestDb, countingDb } from "@/test/db";
import { updateAnnotationDetails } from "@/lib/annotations/details";
import { createDraftArticle, saveArticleDocument } from "@/lib/articles/save";
import { findArticleForEditor } from "@/lib/articles/editor-article";
import { addSourceToAnnotation } from "@/lib/sources/manage";
import { createSpeaker } from "@/lib/speakers/manage";
import { listEditorAnnotations } from "@/db/queries/annotations";

let t: TestDb;
let editor: { id: string };
beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor") };
});
afterAll(() => t.close());

function textWithMarks(marks: { id: string; from: number; to: number }[], text: string) {
  // One paragraph; each character carries the marks covering it.
  const content = [...text].map((char, i) => ({
    type: "text",
    text: char,
    marks: marks
      .filter((m) => m.from <= i && i < m.to)
      .map((m) => ({ type: "annotation", attrs: { id: m.id, kind: "official_claim" } })),
  }));
  return { type: "doc", content: [{ type: "paragraph", content }] };
}

describe("listEditorAnnotations", () => {
  it("lists attached annotations in document order, then detached ones, with speaker and sources", async () => {
    const { id: articleId } = await createDraftArticle(t.db, editor);
    const [outer, inner, later, gone] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const text = "The mayor denies taking bribes, officials said.";
    await saveArticleDocument(t.db, editor, {
      articleId,
      baseVersion: 1,
      title: "",
      doc: textWithMarks(
        [
          { id: later, from: 32, to: 46 },
          { id: inner, from: 4, to: 9 },
          { id: outer, from: 0, to: 30 },
          { id: gone, from: 0, to: 3 },
        ],
        text,
      ),
    });
    await saveArticleDocument(t.db, editor, {
      articleId,
      baseVersion: 2,
      title: "",
      doc: textWithMarks(
        [
          { id: later, from: 32, to: 46 },
          { id: inner, from: 4, to: 9 },
          { id: outer, from: 0, to: 30 },
        ],
        text,
      ),
    });
    const mayor = await createSpeaker(t.db, editor, {
      name: "Maria Ortega",
      type: "person",
      description: "Mayor",
    });
    await updateAnnotationDetails(t.db, editor, {
      id: outer,
      version: 1,
      speakerId: mayor.id,
      cue: "denies",
      note: "",
    });
    const source = await addSourceToAnnotation(t.db, editor, {
      annotationId: outer,
      url: "https://example.org/statement",
      title: "Statement",
      publisher: "City Hall",
      publishedAt: null,
      archivedUrl: null,
      relation: "context",
      excerpt: "",
    });

    const counting = countingDb(t.db);
    const list = await listEditorAnnotations(counting.db, articleId);
    expect(counting.queries()).toBeLessThanOrEqual(3);
    expect(list.map((a) => [a.id, a.start, a.end, a.detached])).toEqual([
      [outer, 0, 30, false],
      [inner, 4, 9, false],
      [later, 32, 46, false],
      [gone, 0, 3, true],
    ]);
    expect(list[0]).toEqual({
      id: outer,
      kind: "official_claim",
      quote: "The mayor denies taking bribes",
      start: 0,
      end: 30,
      detached: false,
      version: 2,
      speaker: mayor,
      unattributed: false,
      cue: "denies",
      note: "",
      verdictId: null,
      conclusion: "",
      sources: [source],
    });
    expect(list[1]).toMatchObject({ speaker: null, unattributed: false, sources: [] });
  });

  it("runs the same three queries for many annotations", async () => {
    const { id: articleId } = await createDraftArticle(t.db, editor);
    await t.db.insert(annotations).values(
      Array.from({ length: 50 }, (_, i) => ({
        id: randomUUID(),
        articleId,
        kind: "allegation" as const,
        start: i,
        end: i + 1,
        createdBy: editor.id,
      })),
    );
    const counting = countingDb(t.db);
    expect(await listEditorAnnotations(counting.db, articleId)).toHaveLength(50);
    expect(counting.queries()).toBe(3);
    expect(await listEditorAnnotations(t.db, randomUUID())).toEqual([]);
  });
});

describe("findArticleForEditor", () => {
  it("returns the working draft, or null for an unknown or malformed id", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    expect(await findArticleForEditor(t.db, id)).toEqual({
      id,
      slug: expect.stringMatching(/^draft-/),
      title: "",
      status: "draft",
      doc: { type: "doc", content: [{ type: "paragraph" }] },
      version: 1,
      updatedAt: expect.any(Date),
      unpublishedChanges: false,
      checked: { outlet: "", author: "", url: null, date: null },
    });
    expect(await findArticleForEditor(t.db, randomUUID())).toBeNull();
    expect(await findArticleForEditor(t.db, "new")).toBeNull();
  });
});
