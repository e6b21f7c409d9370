import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { speakers, users } from "@/db/schema";
import { createTestDb, insertUser, type TestDb } from "@/test/db";
import { updateAnnotationDetails } from "@/lib/annotations/details";
import { createDraftArticle, saveArticleDocument } from "@/lib/articles/save";
import { transitionArticle } from "@/lib/articles/workflow";
import { recordAudit } from "@/lib/audit";
import { isUuid } from "@/lib/ids";
import { annotatedDoc } from "@/test/documents";
import { addSourceToAnnotation, unlinkSource } from "@/lib/sources/manage";
import { createSpeaker } from "@/lib/speakers/manage";
import { listAnnotationHistory, listArticleHistory } from "./history";

let t: TestDb;
let editor: { id: string; role: "editor" };
let nameless: { id: string };
let articleId: string;
const claimId = randomUUID();
let sourceId: string;

function claimDoc(): unknown {
  return annotatedDoc([
    "According to the ministry, ",
    { text: "40 people were taken to hospital", id: claimId, kind: "official_claim" },
  ]);
}

/** One article's life: created, saved with a claim, claim edited, a source linked and unlinked. */
beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor"), role: "editor" };
  const [row] = await t.db
    .insert(users)
    .values({ email: "nameless@example.test", role: "reviewer" })
    .returning({ id: users.id });
  nameless = { id: row!.id };

  articleId = (await createDraftArticle(t.db, editor)).id;
  await saveArticleDocument(t.db, editor, {
    articleId,
    baseVersion: 1,
    title: "Bridge closes",
    doc: claimDoc(),
  });
  await updateAnnotationDetails(t.db, nameless, {
    id: claimId,
    version: 1,
    speakerId: null,
    cue: "",
    note: "From the briefing.",
  });
  const linked = await addSourceToAnnotation(t.db, editor, {
    annotationId: claimId,
    url: "https://ministry.example/briefing",
    title: "Briefing",
    publisher: "",
    publishedAt: null,
    archivedUrl: null,
    relation: "supports",
    excerpt: "",
  });
  sourceId = linked.id;
  await unlinkSource(t.db, editor, { annotationId: claimId, sourceId });
  // A link event written without its article (as by an import script): found by id only.
  await recordAudit(t.db, {
    actorId: null,
    entity: "annotation_source",
    entityId: randomUUID(),
    action: "link",
    after: { annotationId: claimId, sourceId, relation: "context" },
  });
  await transitionArticle(t.db, editor, { articleId, transition: "submit" });

  // Another article's history must not leak in.
  const other = await createDraftArticle(t.db, editor);
  await transitionArticle(t.db, editor, { articleId: other.id, transition: "submit" });
});
afterAll(() => t.close());

const summary = (events: Awaited<ReturnType<typeof listArticleHistory>>) =>
  events.map((e) => [e.entity, e.action, e.actor]);

describe("listArticleHistory", () => {
  it("lists the article's and its annotations' events, newest first, with who did them", async () => {
    const events = await listArticleHistory(t.db, articleId);
    expect(summary(events)).toEqual([
      ["article", "submit", "editor"],
      ["annotation_source", "unlink", "editor"],
      ["annotation_source", "link", "editor"],
      ["annotation", "edit_details", "nameless@example.test"],
      ["article", "edit", "editor"],
      ["annotation", "create", "editor"],
      ["article", "create", "editor"],
    ]);
    const [submit] = events;
    expect(submit).toMatchObject({
      entityId: articleId,
      summary: "Article submitted for review",
      changes: ["Status: Draft → In review"],
    });
    expect(submit!.at).toBeInstanceOf(Date);
    expect(typeof submit!.id).toBe("number");
    // A source link's events name the link by its own id, the same for its link and unlink.
    const [unlinked, linked] = [events[1]!.entityId, events[2]!.entityId];
    expect([isUuid(unlinked), unlinked]).toEqual([true, linked]);
  });

  it("stops at the limit and accepts the id in capitals", async () => {
    const events = await listArticleHistory(t.db, articleId.toUpperCase(), 2);
    expect(summary(events)).toEqual([
      ["article", "submit", "editor"],
      ["annotation_source", "unlink", "editor"],
    ]);
  });

  it("finds nothing for an unknown or malformed id", async () => {
    expect(await listArticleHistory(t.db, randomUUID())).toEqual([]);
    expect(await listArticleHistory(t.db, "not-an-id")).toEqual([]);
  });
});

describe("listAnnotationHistory", () => {
  it("lists the annotation's events and its source links', newest first", async () => {
    const events = await listAnnotationHistory(t.db, claimId);
    expect(summary(events)).toEqual([
      ["annotation_source", "link", null],
      ["annotation_source", "unlink", "editor"],
      ["annotation_source", "link", "editor"],
      ["annotation", "edit_details", "nameless@example.test"],
      ["annotation", "create", "editor"],
    ]);
    expect(events[3]).toMatchObject({
      entityId: claimId,
      summary: "Annotation details edited",
      changes: ["Note: — → From the briefing."],
    });
    expect(events.map((e) => e.changes)).toEqual([
      ["Source: Briefing", "Relation: Context"],
      ["Source: Briefing", "Relation: Supports"],
      ["Source: Briefing", "Link: https://ministry.example/briefing", "Relation: Supports"],
      ["Note: — → From the briefing."],
      ["Kind: Official claim", "Text: 40 people were taken to hospital"],
    ]);
  });

  it("stops at the limit, and finds nothing for an unknown or malformed id", async () => {
    expect(summary(await listAnnotationHistory(t.db, claimId, 1))).toEqual([
      ["annotation_source", "link", null],
    ]);
    expect(await listAnnotationHistory(t.db, randomUUID())).toEqual([]);
    expect(await listAnnotationHistory(t.db, "%")).toEqual([]);
  });
});

describe("what a history shows", () => {
  it("names speakers, sources and revisions as they are now; a deleted speaker is removed", async () => {
    const id = (await createDraftArticle(t.db, editor)).id;
    const claim = randomUUID();
    const doc = annotatedDoc([{ text: "Closed", id: claim, kind: "official_claim" }]);
    await saveArticleDocument(t.db, editor, { articleId: id, baseVersion: 1, title: "Hist", doc });
    const council = await createSpeaker(t.db, editor, {
      name: "Town Council",
      type: "organization",
      description: "",
    });
    const mayor = await createSpeaker(t.db, editor, {
      name: "Mayor",
      type: "person",
      description: "",
    });
    const details = { id: claim, cue: "said", note: "" };
    await updateAnnotationDetails(t.db, editor, { ...details, version: 1, speakerId: council.id });
    await updateAnnotationDetails(t.db, editor, { ...details, version: 2, speakerId: mayor.id });
    await transitionArticle(t.db, editor, { articleId: id, transition: "publish" });
    // Read after the council was deleted (nothing refers to it now) and the mayor renamed.
    await t.db.delete(speakers).where(eq(speakers.id, council.id));
    await t.db.update(speakers).set({ name: "Ilse Marrow" }).where(eq(speakers.id, mayor.id));

    const events = await listArticleHistory(t.db, id);
    expect(events.map((e) => [e.summary, e.changes])).toEqual([
      [
        "Article published",
        [
          "Status: Draft → Published",
          "Public address: /a/hist",
          "Readers see: nothing → revision 1",
        ],
      ],
      ["Annotation details edited", ["Attributed to: a removed speaker → Ilse Marrow"]],
      ["Annotation details edited", ["Attributed to: no one → a removed speaker", "Cue: — → said"]],
      ["Article edited", ["Title: — → Hist", "Version: 1 → 2"]],
      ["Annotation created", ["Kind: Official claim", "Text: Closed"]],
      ["Article created", ["Status: Draft"]],
    ]);
    expect(await listAnnotationHistory(t.db, claim)).toHaveLength(3);
  });

  it("never shows an id or JSON, whatever was recorded", async () => {
    const id = (await createDraftArticle(t.db, editor)).id;
    await recordAudit(t.db, {
      actorId: null,
      entity: "article",
      entityId: id,
      articleId: id,
      action: "bulk_import",
      before: { publishedRevisionId: randomUUID(), speakerId: "not-an-id" },
      after: {
        publishedRevisionId: null,
        speakerId: null,
        otherThing: randomUUID(),
        labels: ["a", "b"],
        nested: { deep: { speakerId: randomUUID() } },
      },
    });
    const [event] = await listArticleHistory(t.db, id, 1);
    expect(event).toMatchObject({ actor: null, summary: "Article bulk import" });
    expect(event!.changes).toEqual([
      "Readers see: a removed revision → nothing",
      "Attributed to: a removed speaker → no one",
      "Labels: a, b",
      "Nested: deep (attributed to: another record)",
      "Other thing: another record",
    ]);
  });
});
