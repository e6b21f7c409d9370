import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotations, articles, auditEvents } from "@/db/schema";
import { createTestDb, insertUser, type TestDb, refusal } from "@/test/db";
import { updateAnnotationDetails } from "@/lib/annotations/details";
import { MAX_DOC_BYTES } from "./limits";
import { createDraftArticle, saveArticleDocument } from "./save";
import { annotatedDoc } from "@/test/documents";

let t: TestDb;
let editor: { id: string };
let other: { id: string };
beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor", "edie@example.test") };
  other = { id: await insertUser(t.db, "reviewer", "rob@example.test") };
});
afterAll(() => t.close());

/** Raw JSON, as a tampered or buggy client could send it: one paragraph, one marked "x". */
function markedText(mark: string, attrs: Record<string, unknown>): unknown {
  const text = { type: "text", text: "x", marks: [{ type: mark, attrs }] };
  return { type: "doc", content: [{ type: "paragraph", content: [text] }] };
}

async function snapshot(articleId: string) {
  const [article] = await t.db.select().from(articles).where(eq(articles.id, articleId));
  const rows = await t.db
    .select()
    .from(annotations)
    .where(eq(annotations.articleId, articleId))
    .orderBy(annotations.start);
  const [audit] = await t.db
    .select({ n: count() })
    .from(auditEvents)
    .where(eq(auditEvents.articleId, articleId));
  return { article: article!, rows, auditCount: audit!.n };
}

/** A fresh official-claim mark: ids are unique across articles, as the browser makes them. */
const newClaim = () => ({ id: randomUUID(), kind: "official_claim" as const });

describe("createDraftArticle", () => {
  it("creates an empty draft with a draft slug and audits it", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    const { article } = await snapshot(id);
    expect(article).toMatchObject({ title: "", status: "draft", version: 1, createdBy: editor.id });
    expect(article.slug).toMatch(/^draft-[0-9a-f]{10}$/);
    expect(article.doc).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(events.map((e) => [e.entity, e.action])).toEqual([["article", "create"]]);
  });
});

describe("saveArticleDocument", () => {
  it("saves title and text, bumps the version, creates rows and audits version and title only", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    const claim = newClaim();
    const doc = annotatedDoc([
      "According to the ministry, ",
      { text: "40 people were taken to hospital", marks: [claim] },
      ".",
    ]);
    const saved = await saveArticleDocument(t.db, editor, {
      articleId: id,
      baseVersion: 1,
      title: "Bridge closes ",
      doc,
    });
    expect(saved.version).toBe(2);
    expect(new Date(saved.savedAt).toISOString()).toBe(saved.savedAt);
    expect(saved.annotations).toEqual([
      {
        ...claim,
        quote: "40 people were taken to hospital",
        prefix: "According to the ministry, ",
        suffix: ".",
        start: 27,
        end: 59,
      },
    ]);

    const { article, rows } = await snapshot(id);
    expect(article).toMatchObject({ title: "Bridge closes ", version: 2, updatedBy: editor.id });
    expect(article.doc).toEqual(doc);
    expect(article.updatedAt.toISOString()).toBe(saved.savedAt);
    // Who saved this version is kept on the article, for conflicts and replaced text.
    expect([article.docSavedBy, article.docSavedAt?.toISOString()]).toEqual([
      editor.id,
      saved.savedAt,
    ]);
    expect(rows.map((r) => [r.id, r.quote, r.start, r.end])).toEqual([
      [claim.id, "40 people were taken to hospital", 27, 59],
    ]);
    const [edit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.articleId, id), eq(auditEvents.action, "edit")));
    expect([edit!.entity, edit!.before, edit!.after]).toEqual([
      "article",
      { version: 1, title: "" },
      { version: 2, title: "Bridge closes " },
    ]);
  });

  it("refuses a save based on an old version, returns the newer text, and writes nothing", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    const theirs = annotatedDoc(["Their text."]);
    await saveArticleDocument(t.db, other, {
      articleId: id,
      baseVersion: 1,
      title: "Theirs",
      doc: theirs,
    });
    const before = await snapshot(id);

    const error = await refusal(
      saveArticleDocument(t.db, editor, {
        articleId: id,
        baseVersion: 1,
        title: "Mine",
        doc: annotatedDoc([{ text: "My text.", marks: [newClaim()] }]),
      }),
    );
    expect(error.code).toBe("conflict");
    expect(error.message).toBe("Someone else saved this article while you were editing.");
    expect(error.details).toEqual({
      version: 2,
      title: "Theirs",
      doc: theirs,
      savedAt: before.article.updatedAt.toISOString(),
      savedBy: "reviewer",
    });
    expect(await snapshot(id)).toEqual(before);
  });

  it("a conflict names who saved the text, not who changed a note since", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    const claim = newClaim();
    const theirs = annotatedDoc([{ text: "Their claim.", marks: [claim] }]);
    const saved = await saveArticleDocument(t.db, other, {
      articleId: id,
      baseVersion: 1,
      title: "Theirs",
      doc: theirs,
    });
    await updateAnnotationDetails(t.db, editor, {
      id: claim.id,
      version: 1,
      speakerId: null,
      cue: "",
      note: "A note.",
    });
    // The note changed the article (updatedBy), not who saved its text.
    const { article } = await snapshot(id);
    expect([article.updatedBy, article.docSavedBy, article.docSavedAt?.toISOString()]).toEqual([
      editor.id,
      other.id,
      saved.savedAt,
    ]);
    const error = await refusal(
      saveArticleDocument(t.db, editor, {
        articleId: id,
        baseVersion: 1,
        title: "Mine",
        doc: theirs,
      }),
    );
    expect(error.details).toMatchObject({
      version: 2,
      savedAt: saved.savedAt,
      savedBy: "reviewer",
    });
  });

  it.each([
    ["an unknown node type", { type: "doc", content: [{ type: "table" }] }, /kind of block/],
    ["a javascript: link", markedText("link", { href: "javascript:alert(1)" }), /http:\/\//],
    [
      "an annotation mark without a uuid",
      markedText("annotation", { id: "x1", kind: "allegation" }),
      /missing its id/,
    ],
    [
      "an annotation mark of an unknown kind",
      markedText("annotation", { id: randomUUID(), kind: "rumour" }),
      /unknown kind/,
    ],
    ["text with a NUL character", annotatedDoc(["a\u0000b"]), /Remove the invisible NUL/],
    ["text with a lone surrogate", annotatedDoc(["emoji \ud83d."]), /half of it is missing/],
    [
      "a numbered list whose start is not a number",
      {
        type: "doc",
        content: [
          {
            type: "orderedList",
            attrs: { start: { toString: "x" } },
            content: [{ type: "listItem", content: [{ type: "paragraph" }] }],
          },
        ],
      },
      /numbered list starts at a number/,
    ],
    ["a paragraph instead of a document", { type: "paragraph" }, /whole article/],
    ["a document over the size limit", annotatedDoc(["x".repeat(MAX_DOC_BYTES)]), /too long/],
    [
      "a document over the size limit in bytes",
      annotatedDoc(["é".repeat(MAX_DOC_BYTES / 2)]),
      /too long/,
    ],
    ["no document at all", null, /whole article/],
  ])("refuses %s and writes nothing", async (_label, doc, message) => {
    const { id } = await createDraftArticle(t.db, editor);
    const before = await snapshot(id);
    const error = await refusal(
      saveArticleDocument(t.db, editor, { articleId: id, baseVersion: 1, title: "T", doc }),
    );
    expect(error.code).toBe("invalid_input");
    expect(error.message).toMatch(message);
    expect(await snapshot(id)).toEqual(before);
  });

  it.each([
    ["too long", "T".repeat(301), "Shorten the title to at most 300 characters."],
    ["with a NUL", "Bridge\u0000 closes", "Remove the invisible control character from the title."],
    [
      "with a lone surrogate",
      "Bridge closes \ud83d",
      "Retype the last emoji or symbol in the title: half of it is missing.",
    ],
  ])(
    "saves the text but not a title %s, and says what to fix in the title",
    async (_label, title, message) => {
      const { id } = await createDraftArticle(t.db, editor);
      await saveArticleDocument(t.db, editor, {
        articleId: id,
        baseVersion: 1,
        title: "Bridge closes",
        doc: annotatedDoc(["First."]),
      });
      const saved = await saveArticleDocument(t.db, editor, {
        articleId: id,
        baseVersion: 2,
        title,
        doc: annotatedDoc(["First. Second."]),
      });
      expect(saved).toMatchObject({ version: 3, titleProblem: message });
      const { article } = await snapshot(id);
      expect(article.title).toBe("Bridge closes");
      expect(article.doc).toEqual(annotatedDoc(["First. Second."]));
    },
  );

  it("stores the six characters \\u0000 typed as text", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    const saved = await saveArticleDocument(t.db, editor, {
      articleId: id,
      baseVersion: 1,
      title: "Escapes like \\u0000",
      doc: annotatedDoc(["Type \\u0000 to write NUL in JSON."]),
    });
    expect(saved).toMatchObject({ version: 2, titleProblem: null });
    const { article } = await snapshot(id);
    expect(article.title).toBe("Escapes like \\u0000");
    expect(article.doc).toEqual(annotatedDoc(["Type \\u0000 to write NUL in JSON."]));
  });

  it("refuses a save of an article that no longer exists", async () => {
    const error = await refusal(
      saveArticleDocument(t.db, editor, {
        articleId: randomUUID(),
        baseVersion: 1,
        title: "",
        doc: annotatedDoc(["x"]),
      }),
    );
    expect([error.code, error.message]).toEqual(["not_found", "This article no longer exists."]);
  });

  it("detaches an annotation whose text is deleted and reattaches it when the text returns", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    const fact = { id: randomUUID(), kind: "verified_fact" as const };
    const withFact = annotatedDoc(
      ["Intro."],
      ["The bridge ", { text: "closed on 3 May", marks: [fact] }, "."],
    );
    await saveArticleDocument(t.db, editor, {
      articleId: id,
      baseVersion: 1,
      title: "",
      doc: withFact,
    });

    const withoutFact = annotatedDoc(["Intro."], ["The bridge."]);
    const deleted = await saveArticleDocument(t.db, editor, {
      articleId: id,
      baseVersion: 2,
      title: "",
      doc: withoutFact,
    });
    expect(deleted.annotations).toEqual([]);
    expect((await snapshot(id)).rows[0]!.detachedAt).toBeInstanceOf(Date);

    const restored = await saveArticleDocument(t.db, editor, {
      articleId: id,
      baseVersion: 3,
      title: "",
      doc: withFact,
    });
    expect(restored.version).toBe(4);
    const [row] = (await snapshot(id)).rows;
    expect(row).toMatchObject({
      id: fact.id,
      detachedAt: null,
      quote: "closed on 3 May",
      start: 19,
    });
  });

  it("an unchanged save succeeds without writing anything, whatever the key order", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    const claim = newClaim();
    const doc = annotatedDoc([{ text: "Quoted", marks: [claim] }, " text."]);
    await saveArticleDocument(t.db, editor, { articleId: id, baseVersion: 1, title: "Same", doc });
    const before = await snapshot(id);

    // The same document with its keys in another order (jsonb does not keep key order).
    const reordered = JSON.parse(JSON.stringify(doc), (_key, value: unknown) =>
      value && typeof value === "object" && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as unknown;
    const saved = await saveArticleDocument(t.db, other, {
      articleId: id,
      baseVersion: 2,
      title: "Same",
      doc: reordered,
    });
    expect(saved.version).toBe(2);
    expect(saved.savedAt).toBe(before.article.updatedAt.toISOString());
    expect(saved.annotations.map((a) => a.id)).toEqual([claim.id]);
    expect(await snapshot(id)).toEqual(before);
  });

  it("a title-only change bumps the version without touching annotation rows", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    const doc = annotatedDoc([{ text: "Quoted", marks: [newClaim()] }]);
    await saveArticleDocument(t.db, editor, { articleId: id, baseVersion: 1, title: "One", doc });
    const before = await snapshot(id);
    const saved = await saveArticleDocument(t.db, editor, {
      articleId: id,
      baseVersion: 2,
      title: "Two",
      doc,
    });
    expect(saved.version).toBe(3);
    const after = await snapshot(id);
    expect(after.rows).toEqual(before.rows);
    expect(after.auditCount).toBe(before.auditCount + 1);
  });
});
