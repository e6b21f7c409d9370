import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnnotationKind } from "@/db/enums";
import { getPublishedArticle } from "@/test/published";
import { listVerdicts } from "@/db/queries/verdicts";
import { annotations, articles, speakers, users } from "@/db/schema";
import { createTestDb, insertUser, type TestDb } from "@/test/db";
import { updateAnnotationDetails } from "@/lib/annotations/details";
import { createDraftArticle, saveArticleDocument } from "@/lib/articles/save";
import { transitionArticle } from "@/lib/articles/workflow";
import { plainText } from "@/lib/editor/anchors";
import { parseDocument } from "@/lib/editor/schema";
import { addSourceToAnnotation } from "@/lib/sources/manage";
import { createSpeaker } from "@/lib/speakers/manage";
import { webAnnotationCollection, WEB_ANNOTATION_CONTEXT } from "./web-annotation";
import { annotatedDoc } from "@/test/documents";
import { webAnnotationViolations } from "@/test/web-annotation-musts";

let t: TestDb;
let editor: { id: string; role: "editor" };
beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor", "ada@example.test"), role: "editor" };
  await t.db.update(users).set({ name: "Ada Lovelace" }).where(eq(users.id, editor.id));
});
afterAll(() => t.close());

const BASE = new URL("https://news.example");
type Span = { id: string; kind: AnnotationKind; text: string };
const span = (kind: AnnotationKind, text: string): Span => ({ id: randomUUID(), kind, text });

async function slugOf(id: string): Promise<string> {
  const [row] = await t.db
    .select({ slug: articles.slug })
    .from(articles)
    .where(eq(articles.id, id));
  return row!.slug;
}

/** A verdict of the default scale and a conclusion, as the annotation panel saves them. */
async function rate(annotationId: string, verdictSlug: string, conclusion: string) {
  const verdict = (await listVerdicts(t.db)).find((v) => v.slug === verdictSlug)!;
  await t.db
    .update(annotations)
    .set({ verdictId: verdict.id, conclusion })
    .where(eq(annotations.id, annotationId));
  return verdict;
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** Code points, as a TextPositionSelector counts them. */
const chars = (text: string) => Array.from(text);

describe("webAnnotationCollection", () => {
  // A character outside the Basic Multilingual Plane before the spans makes UTF-16 offsets
  // and character offsets differ by one.
  const claim = span("official_claim", "40 people were taken to hospital");
  const fact = span("verified_fact", "The bridge closed on 3 May");
  const blocks = [
    ["🚑 Health officials said ", claim, " that night."],
    [fact, "."],
  ];

  it("exports the live revision as Web Annotations, one per span, in document order", async () => {
    const ministry = await createSpeaker(t.db, editor, {
      name: "Ministry of Health",
      type: "organization",
      description: "Health ministry of Eastmarch",
    });
    const { id } = await createDraftArticle(t.db, editor);
    const saved = await saveArticleDocument(t.db, editor, {
      articleId: id,
      baseVersion: 1,
      title: "Bridge closes",
      doc: annotatedDoc(...blocks),
    });
    await updateAnnotationDetails(t.db, editor, {
      id: claim.id,
      version: 1,
      speakerId: ministry.id,
      unattributed: false,
      cue: "according to",
      note: "Figure from the ministry's statement.",
    });
    await addSourceToAnnotation(t.db, editor, {
      annotationId: fact.id,
      url: "https://council.example/notice",
      title: "Closure notice",
      publisher: "Town council",
      publishedAt: "2026-05-03",
      archivedUrl: "https://archive.example/notice",
      relation: "supports",
      excerpt: "closed from 3 May",
    });
    await addSourceToAnnotation(t.db, editor, {
      annotationId: claim.id,
      url: "https://ministry.example/statement",
      title: "Ministry statement",
      publisher: "",
      publishedAt: null,
      archivedUrl: null,
      relation: "supports",
      excerpt: "",
    });
    const verdict = await rate(claim.id, "mostly-true", "Hospital records show 38 admissions.");
    await transitionArticle(t.db, editor, { articleId: id, transition: "publish" });
    const slug = await slugOf(id);

    // Changed after publishing: none of this may appear until the next publish.
    await t.db.update(speakers).set({ name: "Renamed" }).where(eq(speakers.id, ministry.id));
    await updateAnnotationDetails(t.db, editor, {
      id: claim.id,
      version: 2,
      speakerId: ministry.id,
      unattributed: false,
      cue: "said",
      note: "Draft note.",
    });
    const late = span("allegation", "A late allegation");
    await saveArticleDocument(t.db, editor, {
      articleId: id,
      baseVersion: saved.version,
      title: "Bridge closes (draft)",
      doc: annotatedDoc(...blocks, [late]),
    });

    const revision = await getPublishedArticle(t.db, slug);
    const collection = webAnnotationCollection(revision!, BASE);
    expect(collection).toMatchObject({
      "@context": [
        WEB_ANNOTATION_CONTEXT,
        expect.objectContaining({ relation: expect.any(String) }),
      ],
      id: `https://news.example/api/exports/${slug}`,
      type: "AnnotationCollection",
      label: "Annotations of “Bridge closes”, revision 1",
      total: 2,
      first: {
        type: "AnnotationPage",
        partOf: `https://news.example/api/exports/${slug}`,
        startIndex: 0,
      },
    });
    expect(webAnnotationViolations(collection)).toEqual([]);
    const [first, second] = collection.first.items;
    const article = `https://news.example/a/${slug}`;
    const generator = {
      id: "https://news.example/",
      type: "Software",
      name: "Claimmark",
      homepage: "https://news.example/",
    };
    expect(first).toEqual({
      id: `urn:uuid:${claim.id}`,
      type: "Annotation",
      motivation: "classifying",
      created: expect.stringMatching(ISO_TIME),
      modified: expect.stringMatching(ISO_TIME),
      creator: { type: "Person", name: "Ada Lovelace" },
      generator,
      canonical: `https://news.example/a/${slug}#annotation-${claim.id}`,
      body: [
        {
          type: "TextualBody",
          purpose: "classifying",
          value: "Official claim",
          format: "text/plain",
        },
        {
          type: "SpecificResource",
          purpose: "identifying",
          source: {
            id: `https://news.example/speakers/${ministry.slug}`,
            type: "Organization",
            name: "Ministry of Health",
            description: "Health ministry of Eastmarch",
          },
        },
        { type: "TextualBody", purpose: "describing", value: "according to", format: "text/plain" },
        {
          type: "TextualBody",
          purpose: "commenting",
          value: "Figure from the ministry's statement.",
          format: "text/plain",
        },
        {
          type: "SpecificResource",
          purpose: "assessing",
          source: {
            id: `urn:uuid:${verdict.id}`,
            type: "Rating",
            name: "Mostly true",
            description: verdict.definition,
            ratingValue: 5,
            bestRating: 6,
            worstRating: 1,
          },
        },
        {
          type: "TextualBody",
          purpose: "assessing",
          value: "Hospital records show 38 admissions.",
          format: "text/plain",
        },
        {
          type: "SpecificResource",
          purpose: "linking",
          relation: "supports",
          source: {
            id: "https://ministry.example/statement",
            type: "Text",
            title: "Ministry statement",
          },
        },
      ],
      target: {
        type: "SpecificResource",
        source: article,
        selector: [
          {
            type: "TextQuoteSelector",
            exact: claim.text,
            prefix: "🚑 Health officials said ",
            suffix: " that night.\n\nThe bridge closed ",
          },
          // 24 characters precede it; in UTF-16 units, 25.
          { type: "TextPositionSelector", start: 24, end: 56 },
        ],
      },
    });
    // Made before the claim, changed when its source was linked; never after publishing.
    expect(first!.created! <= first!.modified!).toBe(true);
    expect(first!.modified! <= revision!.publishedAt.toISOString()).toBe(true);
    expect(second).toMatchObject({ creator: { name: "Ada Lovelace" }, generator });
    expect(second!.body).toEqual([
      { type: "TextualBody", purpose: "classifying", value: "Verified fact", format: "text/plain" },
      {
        type: "SpecificResource",
        purpose: "linking",
        relation: "supports",
        source: {
          id: "https://council.example/notice",
          type: "Text",
          title: "Closure notice",
          publisher: "Town council",
          issued: "2026-05-03",
          archivedAt: "https://archive.example/notice",
        },
        selector: { type: "TextQuoteSelector", exact: "closed from 3 May" },
      },
    ]);

    // Each position selector picks out exactly its quote, counting characters.
    const text = chars(plainText(parseDocument(revision!.doc)));
    for (const item of collection.first.items) {
      const [quote, position] = item.target.selector;
      if (quote?.type !== "TextQuoteSelector" || position?.type !== "TextPositionSelector") {
        throw new Error("selectors out of order");
      }
      expect(text.slice(position.start, position.end).join("")).toBe(quote.exact);
    }
    expect(JSON.stringify(collection)).not.toMatch(
      /Renamed|Draft note|late allegation|draft\)|ada@example/,
    );
  });

  it("tags an annotation with “No named source” in place of a speaker", async () => {
    const accused = span("allegation", "He faces multiple accusations of corruption");
    const { id } = await createDraftArticle(t.db, editor);
    await saveArticleDocument(t.db, editor, {
      articleId: id,
      baseVersion: 1,
      title: "Mayor accused",
      doc: annotatedDoc([accused, "."]),
    });
    await updateAnnotationDetails(t.db, editor, {
      id: accused.id,
      version: 1,
      speakerId: null,
      unattributed: true,
      cue: "",
      note: "",
    });
    await transitionArticle(t.db, editor, { articleId: id, transition: "publish" });

    const revision = await getPublishedArticle(t.db, await slugOf(id));
    const [item] = webAnnotationCollection(revision!, BASE).first.items;
    expect(item!.body).toEqual([
      { type: "TextualBody", purpose: "classifying", value: "Allegation", format: "text/plain" },
      { type: "TextualBody", purpose: "tagging", value: "No named source", format: "text/plain" },
    ]);
  });

  it("exports nothing for an address without a published article", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    const slug = await slugOf(id);
    expect(await getPublishedArticle(t.db, slug)).toBeNull();
  });
});
