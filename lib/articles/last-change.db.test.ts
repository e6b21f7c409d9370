import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotations, articles } from "@/db/schema";
import { createTestDb, insertUser, type TestDb } from "@/test/db";
import { updateAnnotationDetails } from "@/lib/annotations/details";
import { annotatedDoc } from "@/test/documents";
import { AppError } from "@/lib/errors";
import { addSourceToAnnotation, unlinkSource } from "@/lib/sources/manage";
import { createSpeaker } from "@/lib/speakers/manage";
import { createDraftArticle, saveArticleDocument } from "./save";
import { transitionArticle } from "./workflow";

let t: TestDb;
let editor: { id: string; role: "editor" };
beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor"), role: "editor" };
});
afterAll(() => t.close());

function claimDoc(claimId: string, tail: string): unknown {
  return annotatedDoc([
    "The ministry said ",
    { text: "40 people were taken to hospital", id: claimId, kind: "official_claim" },
    tail,
  ]);
}

describe("changes inside one article at the same time", () => {
  // On PostgreSQL these run on separate connections; each locks the article before the
  // annotation, so none waits for another in a cycle (which PostgreSQL would end by failing
  // one of them with a deadlock error).
  it("saves, details, source links and publishing all succeed, in some order", async () => {
    const claimId = randomUUID();
    const { id } = await createDraftArticle(t.db, editor);
    let version = (
      await saveArticleDocument(t.db, editor, {
        articleId: id,
        baseVersion: 1,
        title: "Hospital",
        doc: claimDoc(claimId, "."),
      })
    ).version;
    const ministry = await createSpeaker(t.db, editor, {
      name: "Ministry of Health",
      type: "organization",
      description: "",
    });

    for (let round = 1; round <= 8; round++) {
      const source = addSourceToAnnotation(t.db, editor, {
        annotationId: claimId,
        url: `https://ministry.example/briefing-${round}`,
        title: `Briefing ${round}`,
        publisher: "",
        publishedAt: null,
        archivedUrl: null,
        relation: "supports",
        excerpt: "",
      });
      const [saved, , linked] = await Promise.all([
        saveArticleDocument(t.db, editor, {
          articleId: id,
          baseVersion: version,
          title: "Hospital",
          doc: claimDoc(claimId, ` (round ${round}).`),
        }),
        updateAnnotationDetails(t.db, editor, {
          id: claimId,
          version: round,
          speakerId: ministry.id,
          cue: "said",
          note: `Round ${round}`,
        }),
        source,
        transitionArticle(t.db, editor, { articleId: id, transition: "publish" }).catch(
          (error: unknown) => {
            // Run before the speaker was set, the publish check refuses; anything else fails.
            if (error instanceof AppError && error.code === "invalid_input") return null;
            throw error;
          },
        ),
      ]);
      version = saved.version;
      await unlinkSource(t.db, editor, { annotationId: claimId, sourceId: linked.id });
    }

    const [row] = await t.db.select().from(annotations).where(eq(annotations.id, claimId));
    expect(row).toMatchObject({ version: 9, note: "Round 8" });
    const [article] = await t.db.select().from(articles).where(eq(articles.id, id));
    expect(article!.version).toBe(version);
  });
});
