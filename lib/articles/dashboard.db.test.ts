import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnnotationKind } from "@/db/enums";
import { articles, users } from "@/db/schema";
import { createTestDb, insertUser, type TestDb, countingDb } from "@/test/db";
import { deleteAnnotationForGood, updateAnnotationDetails } from "@/lib/annotations/details";
import { createDraftArticle, saveArticleDocument } from "@/lib/articles/save";
import { checkArticle, transitionArticle } from "@/lib/articles/workflow";
import { addSourceToAnnotation, linkExistingSource, unlinkSource } from "@/lib/sources/manage";
import { createSpeaker } from "@/lib/speakers/manage";
import { getArticleForEditor } from "@/db/queries/articles";
import { DASHBOARD_LIMIT } from "@/db/queries/dashboard";
import { listArticleHistory } from "@/lib/history";
import { listDashboard } from "./dashboard";
import { annotatedDoc } from "@/test/documents";

let t: TestDb;
let editor: { id: string; role: "editor" };
let nameless: { id: string };
beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor"), role: "editor" };
  const [row] = await t.db
    .insert(users)
    .values({ email: "nameless@example.test", role: "reviewer" })
    .returning({ id: users.id });
  nameless = { id: row!.id };
});
afterAll(() => t.close());

async function article(title: string, doc: unknown, by: { id: string } = editor) {
  const { id } = await createDraftArticle(t.db, by);
  await saveArticleDocument(t.db, by, { articleId: id, baseVersion: 1, title, doc });
  return id;
}

const span = (kind: AnnotationKind, text: string) => ({ id: randomUUID(), kind, text });

describe("listDashboard", () => {
  it("counts attached annotations per kind and the publish check's problems", async () => {
    const claim = span("official_claim", "40 people were taken to hospital");
    const fact = span("verified_fact", "The bridge closed on 3 May");
    const charge = span("allegation", "The mayor took bribes");
    const bridge = await article("Bridge: claims", annotatedDoc([claim, ". ", fact], [charge]));
    const ministry = await createSpeaker(t.db, editor, {
      name: "Ministry",
      type: "organization",
      description: "",
    });
    await updateAnnotationDetails(t.db, editor, {
      id: claim.id,
      version: 1,
      speakerId: ministry.id,
      cue: "",
      note: "",
    });
    await addSourceToAnnotation(t.db, editor, {
      annotationId: fact.id,
      url: "https://transport.example/closures",
      title: "Closures",
      publisher: "",
      publishedAt: null,
      archivedUrl: null,
      relation: "supports",
      excerpt: "",
    });

    const gone = span("allegation", "Gone");
    const denial = span("official_claim", "She denies it");
    const mayor = await article("Bridge: mayor", annotatedDoc([gone, " and ", denial]));
    // Saved again without the allegation, which is detached and no longer counted.
    await saveArticleDocument(t.db, editor, {
      articleId: mayor,
      baseVersion: 2,
      title: "Bridge: mayor",
      doc: annotatedDoc([denial]),
    });
    const empty = await createDraftArticle(t.db, nameless);
    // Has a title, but no text yet.
    await t.db.update(articles).set({ title: "Bridge: " }).where(eq(articles.id, empty.id));

    const rows = await listDashboard(t.db, { query: "bridge:" });
    expect(rows.map((r) => [r.id, r.counts, r.problems, r.lastEditor])).toEqual([
      [
        empty.id,
        { official_claim: 0, allegation: 0, verified_fact: 0 },
        1,
        "nameless@example.test",
      ],
      [mayor, { official_claim: 1, allegation: 0, verified_fact: 0 }, 2, "editor"],
      [bridge, { official_claim: 1, allegation: 1, verified_fact: 1 }, 1, "editor"],
    ]);
    for (const row of rows) expect(row.problems).toBe((await checkArticle(t.db, row.id)).length);
    expect(rows[1]).toMatchObject({ title: "Bridge: mayor", status: "draft" });
    expect(rows[0]!.updatedAt.getTime()).toBeGreaterThan(rows[1]!.updatedAt.getTime());
  });

  it("shows who last changed anything in the article, and when, whatever they changed", async () => {
    const reviewer = { id: await insertUser(t.db, "reviewer"), role: "reviewer" as const };
    const admin = { id: await insertUser(t.db, "admin"), role: "admin" as const };
    const fact = span("verified_fact", "The bridge closed on 3 May");
    const id = await article("Last change", annotatedDoc([fact, "."]));
    /** The dashboard's "last change", checked against the newest event in the history. */
    const lastChange = async () => {
      const [row] = await listDashboard(t.db, { query: "last change" });
      const [newest] = await listArticleHistory(t.db, id, 1);
      expect(row!.updatedAt).toEqual(newest!.at);
      expect(row!.lastEditor).toBe(newest!.actor);
      return row!.lastEditor;
    };
    expect(await lastChange()).toBe("editor");

    const details = { id: fact.id, speakerId: null, cue: "", note: "Checked with the council." };
    await updateAnnotationDetails(t.db, reviewer, { ...details, version: 1 });
    expect(await lastChange()).toBe("reviewer");
    // Saving details that did not change is not a change.
    await updateAnnotationDetails(t.db, editor, { ...details, version: 2 });
    expect(await lastChange()).toBe("reviewer");

    const source = await addSourceToAnnotation(t.db, editor, {
      annotationId: fact.id,
      url: "https://council.example/last-change",
      title: "Closure notice",
      publisher: "",
      publishedAt: null,
      archivedUrl: null,
      relation: "supports",
      excerpt: "",
    });
    expect(await lastChange()).toBe("editor");
    await unlinkSource(t.db, reviewer, { annotationId: fact.id, sourceId: source.id });
    expect(await lastChange()).toBe("reviewer");
    await linkExistingSource(t.db, editor, {
      annotationId: fact.id,
      sourceId: source.id,
      relation: "supports",
      excerpt: "",
    });
    expect(await lastChange()).toBe("editor");

    await transitionArticle(t.db, reviewer, { articleId: id, transition: "submit" });
    expect(await lastChange()).toBe("reviewer");
    await transitionArticle(t.db, admin, { articleId: id, transition: "publish" });
    expect(await lastChange()).toBe("admin");

    // The text loses the span (detaching it), then the detached annotation is deleted.
    await saveArticleDocument(t.db, editor, {
      articleId: id,
      baseVersion: 2,
      title: "Last change",
      doc: annotatedDoc(["The bridge closed."]),
    });
    expect(await lastChange()).toBe("editor");
    await deleteAnnotationForGood(t.db, reviewer, { id: fact.id });
    expect(await lastChange()).toBe("reviewer");
    const [row] = await listDashboard(t.db, {});
    expect(row!.id).toBe(id);
  });

  it("agrees with the publish check about blank text", async () => {
    const docs = {
      nbsp: annotatedDoc(["\u00a0\u3000"], [" "]),
      breaks: annotatedDoc(["\n\n"]),
      empty: { type: "doc", content: [{ type: "paragraph" }] },
      late: annotatedDoc([" "], [" \n x"]),
      zeroWidth: annotatedDoc(["\u200b"]),
    };
    for (const [name, doc] of Object.entries(docs)) {
      const id = await article(`Blank ${name}`, doc);
      const [row] = await listDashboard(t.db, { query: `blank ${name}` });
      expect([name, row!.problems]).toEqual([name, (await checkArticle(t.db, id)).length]);
    }
    const problems = (await listDashboard(t.db, { query: "blank " })).map((r) => r.problems);
    expect(problems.sort()).toEqual([0, 0, 1, 1, 1]);
  });

  it("filters by status and by title, taking % and _ literally", async () => {
    const titles = ["Sale: 50% off", "Sale: 500 off", "Sale: a_b", "Sale: axb"];
    const ids = new Map<string, string>();
    for (const title of titles) ids.set(title, await article(title, annotatedDoc(["Text."])));
    await transitionArticle(t.db, editor, {
      articleId: ids.get("Sale: axb")!,
      transition: "submit",
    });

    const titlesFor = async (filter: Parameters<typeof listDashboard>[1]) =>
      (await listDashboard(t.db, filter)).map((r) => r.title);
    expect(await titlesFor({ query: "50%" })).toEqual(["Sale: 50% off"]);
    expect(await titlesFor({ query: "A_B" })).toEqual(["Sale: a_b"]);
    expect(await titlesFor({ query: "  sale: ", status: "in_review" })).toEqual(["Sale: axb"]);
    expect(await titlesFor({ query: "sale:", status: "draft" })).toEqual([
      "Sale: a_b",
      "Sale: 500 off",
      "Sale: 50% off",
    ]);
    expect(await titlesFor({ query: "sale:", status: "archived" })).toEqual([]);
  });

  it("tells a published article changed since its publication, until it is published again", async () => {
    const id = await article("Pier reopens", annotatedDoc(["The pier reopened on Friday."]));
    const changed = async () => {
      const [row] = await listDashboard(t.db, { query: "pier reopens" });
      const inEditor = (await getArticleForEditor(t.db, id))?.unpublishedChanges;
      const listed = (await listDashboard(t.db, { unpublishedChanges: true })).map((r) => r.id);
      expect([inEditor, listed.includes(id)]).toEqual([
        row!.unpublishedChanges,
        row!.unpublishedChanges,
      ]);
      return row!.unpublishedChanges;
    };
    expect(await changed()).toBe(false); // A draft has nothing unpublished to tell.

    await transitionArticle(t.db, editor, { articleId: id, transition: "publish" });
    expect(await changed()).toBe(false); // Publishing is not a change after publishing.

    await saveArticleDocument(t.db, editor, {
      articleId: id,
      baseVersion: 2,
      title: "Pier reopens",
      doc: annotatedDoc(["The pier reopened on Saturday."]),
    });
    expect(await changed()).toBe(true);

    await transitionArticle(t.db, editor, { articleId: id, transition: "publish" });
    expect(await changed()).toBe(false);
  });

  it("loads everything in three queries however many articles it lists", async () => {
    const few = countingDb(t.db);
    expect((await listDashboard(few.db, { query: "sale:" })).length).toBe(4);
    const many = countingDb(t.db);
    expect((await listDashboard(many.db, {})).length).toBeGreaterThan(10);
    expect([few.queries(), many.queries()]).toEqual([3, 3]);
    const none = countingDb(t.db);
    expect(await listDashboard(none.db, { query: "nothing like this" })).toEqual([]);
    expect(none.queries()).toBe(1);
  });

  it(`lists at most ${DASHBOARD_LIMIT} articles, newest first`, async () => {
    const start = Date.UTC(2020, 0, 1);
    await t.db.insert(articles).values(
      Array.from({ length: DASHBOARD_LIMIT + 1 }, (_, i) => ({
        slug: `bulk-${i}`,
        title: `Bulk ${i}`,
        doc: { type: "doc", content: [{ type: "paragraph" }] },
        createdBy: editor.id,
        updatedAt: new Date(start + i * 60_000),
      })),
    );
    const rows = await listDashboard(t.db, { query: "bulk" });
    expect(rows).toHaveLength(DASHBOARD_LIMIT);
    expect([rows[0]!.title, rows.at(-1)!.title]).toEqual([`Bulk ${DASHBOARD_LIMIT}`, "Bulk 1"]);
  });
});
