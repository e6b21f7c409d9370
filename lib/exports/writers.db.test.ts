import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listVerdicts } from "@/db/queries/verdicts";
import { annotations, articles } from "@/db/schema";
import { updateAnnotationDetails } from "@/lib/annotations/details";
import { createDraftArticle, saveArticleDocument } from "@/lib/articles/save";
import { transitionArticle } from "@/lib/articles/workflow";
import { addSourceToAnnotation } from "@/lib/sources/manage";
import { createSpeaker } from "@/lib/speakers/manage";
import { createTestDb, insertUser, type TestDb } from "@/test/db";
import { annotatedDoc } from "@/test/documents";
import { getPublishedArticle } from "@/test/published";
import { EXPORT_FORMATS } from "./formats";
import { EXPORT_WRITERS } from "./writers";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const BASE = new URL("https://news.example");

/** A published article with one claim rated False (with a conclusion and source) and one fact. */
async function publishedWithRatedClaim() {
  const editor = { id: await insertUser(t.db, "editor"), role: "editor" as const };
  const claim = { id: randomUUID(), kind: "official_claim" as const, text: "Repairs cost €2m" };
  const fact = { id: randomUUID(), kind: "verified_fact" as const, text: "The bridge closed" };
  const minister = await createSpeaker(t.db, editor, {
    name: "Ana Ruiz",
    type: "person",
    description: "Minister of Transport",
  });
  const { id } = await createDraftArticle(t.db, editor);
  await saveArticleDocument(t.db, editor, {
    articleId: id,
    baseVersion: 1,
    title: "Bridge repairs",
    doc: annotatedDoc(["The minister said ", claim, ". ", fact, " in May."]),
  });
  await updateAnnotationDetails(t.db, editor, {
    id: claim.id,
    version: 1,
    speakerId: minister.id,
    unattributed: false,
    cue: "said",
    note: "",
  });
  await addSourceToAnnotation(t.db, editor, {
    annotationId: claim.id,
    url: "https://council.example/tender",
    title: "Tender award",
    publisher: "Council",
    publishedAt: null,
    archivedUrl: null,
    relation: "contradicts",
    excerpt: "",
  });
  await addSourceToAnnotation(t.db, editor, {
    annotationId: fact.id,
    url: "https://council.example/closure",
    title: "Closure notice",
    publisher: "Council",
    publishedAt: null,
    archivedUrl: null,
    relation: "supports",
    excerpt: "",
  });
  const falseVerdict = (await listVerdicts(t.db)).find((v) => v.slug === "false")!;
  await t.db
    .update(annotations)
    .set({ verdictId: falseVerdict.id, conclusion: "The tender puts it at €4.1m." })
    .where(eq(annotations.id, claim.id));
  await transitionArticle(t.db, editor, { articleId: id, transition: "publish" });
  const [row] = await t.db
    .select({ slug: articles.slug })
    .from(articles)
    .where(eq(articles.id, id));
  return { article: (await getPublishedArticle(t.db, row!.slug))!, claim, fact };
}

describe("the export writers", () => {
  it("write the same rated claim in every format, each with its type and file name", async () => {
    const { article, claim, fact } = await publishedWithRatedClaim();
    const permalink = `https://news.example/a/${article.slug}#annotation-${claim.id}`;
    const written = Object.fromEntries(
      EXPORT_FORMATS.map((format) => [format, EXPORT_WRITERS[format].write(article, BASE)]),
    ) as Record<(typeof EXPORT_FORMATS)[number], string>;

    const rows: Record<string, string>[] = parse(written.csv, { bom: true, columns: true });
    expect(rows.map((r) => [r.Quote, r.Verdict, r.Rating, r.Conclusion])).toEqual([
      [claim.text, "False", "1", "The tender puts it at €4.1m."],
      [fact.text, "", "", ""],
    ]);
    expect(rows[0]).toMatchObject({
      Speaker: "Ana Ruiz",
      Sources: "Contradicts: Tender award <https://council.example/tender>",
      Permalink: permalink,
    });

    const graph = JSON.parse(written.claimreview);
    expect(graph["@graph"]).toEqual([
      expect.objectContaining({
        "@type": "ClaimReview",
        url: permalink,
        claimReviewed: claim.text,
        reviewRating: expect.objectContaining({ ratingValue: 1, alternateName: "False" }),
      }),
    ]);

    const collection = JSON.parse(written.w3c);
    const [rated] = collection.first.items;
    expect(rated.canonical).toBe(permalink);
    expect(rated.body.filter((b: { purpose: string }) => b.purpose === "assessing")).toMatchObject([
      { source: { type: "Rating", name: "False", ratingValue: 1, bestRating: 6, worstRating: 1 } },
      { value: "The tender puts it at €4.1m." },
    ]);

    expect(EXPORT_FORMATS.map((f) => EXPORT_WRITERS[f].filename(article.slug))).toEqual([
      `${article.slug}-annotations.json`,
      `${article.slug}-annotations.csv`,
      `${article.slug}-claimreview.json`,
    ]);
    expect(EXPORT_WRITERS.claimreview.mediaType).toBe("application/ld+json");
  });
});
