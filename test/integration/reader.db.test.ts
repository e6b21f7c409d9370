import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnnotationKind } from "@/db/enums";
import { createTestDb, countingDb, insertUser, type TestDb } from "@/test/db";
import { updateAnnotationDetails } from "@/lib/annotations/details";
import { createDraftArticle, saveArticleDocument } from "@/lib/articles/save";
import { transitionArticle } from "@/lib/articles/workflow";
import { plainText } from "@/lib/editor/anchors";
import { editorSchema, parseDocument } from "@/lib/editor/schema";
import { addSourceToAnnotation } from "@/lib/sources/manage";
import { createSpeaker } from "@/lib/speakers/manage";
import {
  listPublishedArticleCards,
  publishedStateFingerprint,
  shortenDescription,
} from "@/db/queries/reader";

let t: TestDb;
let editor: { id: string; role: "editor" };
let speakerId: string;
beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor"), role: "editor" };
  speakerId = (
    await createSpeaker(t.db, editor, { name: "Spokesperson", type: "person", description: "" })
  ).id;
});
afterAll(() => t.close());

const schema = () => editorSchema();
type Span = { id: string; kind: AnnotationKind; text: string };
const span = (kind: AnnotationKind, text: string): Span => ({ id: randomUUID(), kind, text });
/** Inline content: strings (with "\n" as a hard break) and annotated spans. */
const inline = (pieces: (string | Span)[]) =>
  pieces.flatMap((piece) => {
    const s = schema();
    if (typeof piece !== "string") {
      return [s.text(piece.text, [s.marks.annotation!.create({ id: piece.id, kind: piece.kind })])];
    }
    return piece
      .split("\n")
      .flatMap((part, i) => [
        ...(i > 0 ? [s.nodes.hardBreak!.create()] : []),
        ...(part ? [s.text(part)] : []),
      ]);
  });
const p = (...pieces: (string | Span)[]) => schema().nodes.paragraph!.create(null, inline(pieces));
const h2 = (text: string) => schema().nodes.heading!.create({ level: 2 }, inline([text]));
const list = (...items: string[]) =>
  schema().nodes.bulletList!.create(
    null,
    items.map((item) => schema().nodes.listItem!.create(null, [p(item)])),
  );
const quote = (...blocks: ReturnType<typeof p>[]) =>
  schema().nodes.blockquote!.create(null, blocks);
const doc = (...blocks: ReturnType<typeof p>[]) =>
  schema().nodes.doc!.create(null, blocks).toJSON() as unknown;

const spansIn = (json: unknown): Span[] => {
  const found: Span[] = [];
  parseDocument(json).descendants((node) => {
    for (const mark of node.marks) {
      if (mark.type.name === "annotation" && !found.some((s) => s.id === mark.attrs.id)) {
        found.push({ id: mark.attrs.id, kind: mark.attrs.kind, text: node.text ?? "" });
      }
    }
  });
  return found;
};

/** Saves a draft and gives every span what the publish check asks for. */
async function draft(title: string, json: unknown) {
  const { id } = await createDraftArticle(t.db, editor);
  const saved = await saveArticleDocument(t.db, editor, {
    articleId: id,
    baseVersion: 1,
    title,
    doc: json,
  });
  for (const annotation of spansIn(json)) {
    if (annotation.kind === "verified_fact") {
      await addSourceToAnnotation(t.db, editor, {
        annotationId: annotation.id,
        url: `https://records.example/${annotation.id}`,
        title: "Record",
        publisher: "",
        publishedAt: null,
        archivedUrl: null,
        relation: "supports",
        excerpt: "",
      });
    } else {
      await updateAnnotationDetails(t.db, editor, {
        id: annotation.id,
        version: 1,
        speakerId,
        cue: "said",
        note: "",
      });
    }
  }
  return { id, version: saved.version };
}

async function published(title: string, json: unknown) {
  const article = await draft(title, json);
  await transitionArticle(t.db, editor, { articleId: article.id, transition: "publish" });
  return article;
}

describe("listPublishedArticleCards", () => {
  it("lists published revisions newest first with counts per kind and a description", async () => {
    const firstDoc = doc(
      p(span("official_claim", "Forty people were hurt"), ", officials said."),
      p(span("verified_fact", "The bridge closed on 3 May"), "."),
    );
    const first = await published("First story", firstDoc);
    const secondDoc = doc(
      h2("Background"),
      p("Line one\nline two,   spaced. ", span("allegation", "She took bribes")),
      list("Item one", "Item two"),
      quote(p(span("official_claim", "We deny it"))),
      p(span("official_claim", "Another claim"), " and ", span("verified_fact", "a fact")),
    );
    await published("Second story", secondDoc);

    // Not shown: a draft, an unpublished article, an archived one.
    await draft("A draft", doc(p("Draft text")));
    const pulled = await published("Pulled", doc(p("Pulled text")));
    await transitionArticle(t.db, editor, { articleId: pulled.id, transition: "unpublish" });
    const gone = await published("Gone", doc(p("Gone text")));
    await transitionArticle(t.db, editor, { articleId: gone.id, transition: "archive" });

    // Edited after publishing: readers still see the published revision's text and counts.
    await saveArticleDocument(t.db, editor, {
      articleId: first.id,
      baseVersion: first.version,
      title: "First story, edited",
      doc: doc(p("Rewritten ", span("allegation", "entirely"))),
    });

    const cards = await listPublishedArticleCards(t.db);
    expect(cards.map(({ publishedAt, ...card }) => card)).toEqual([
      {
        slug: "second-story",
        title: "Second story",
        counts: { official_claim: 2, allegation: 1, verified_fact: 1 },
        // Blocks (and hard breaks) are separated by a space, whitespace collapsed.
        description:
          "Background Line one line two, spaced. She took bribes Item one Item two We deny it Another claim and a fact",
      },
      {
        slug: "first-story",
        title: "First story",
        counts: { official_claim: 1, allegation: 0, verified_fact: 1 },
        description: "Forty people were hurt, officials said. The bridge closed on 3 May.",
      },
    ]);
    expect(cards[0]!.publishedAt).toBeInstanceOf(Date);
    expect(cards[0]!.publishedAt.getTime()).toBeGreaterThan(cards[1]!.publishedAt.getTime());
    // The same words as the plain text the editor anchors on.
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    expect(words(cards[1]!.description)).toEqual(words(plainText(parseDocument(firstDoc))));
  });

  it("cuts a long text at a word, within 200 characters, in one query", async () => {
    const sentence = "The council met again on Tuesday to discuss the footbridge repairs. ";
    await published("Long story", doc(p(sentence.repeat(40)), p("Never reached.")));
    const counting = countingDb(t.db);
    const cards = await listPublishedArticleCards(counting.db);
    expect(counting.queries()).toBe(1);
    const long = cards.find((card) => card.slug === "long-story")!;
    expect(long.description.length).toBeLessThanOrEqual(201);
    expect(long.description.endsWith("…")).toBe(true);
    expect(sentence.repeat(4).startsWith(long.description.slice(0, -1))).toBe(true);
    expect(long.description).toMatch(/\b(the|footbridge|repairs|council|met|again)…$/i);
  });
});

describe("publishedStateFingerprint", () => {
  it("changes with every publish, unpublish and archive, and with nothing else", async () => {
    const fingerprint = () => publishedStateFingerprint(t.db);
    const start = await fingerprint();
    expect(start).toMatch(/^[0-9a-f]{32}$/);

    const story = await published("Fingerprinted", doc(p("First words.")));
    const afterPublish = await fingerprint();
    expect(afterPublish).not.toBe(start);

    // A draft's edits and a new draft change nothing readers see.
    await saveArticleDocument(t.db, editor, {
      articleId: story.id,
      baseVersion: story.version,
      title: "Fingerprinted",
      doc: doc(p("Edited words.")),
    });
    await draft("Another draft", doc(p("Draft words.")));
    expect(await fingerprint()).toBe(afterPublish);

    await transitionArticle(t.db, editor, { articleId: story.id, transition: "publish" });
    const afterRepublish = await fingerprint();
    expect(afterRepublish).not.toBe(afterPublish);
    await transitionArticle(t.db, editor, { articleId: story.id, transition: "unpublish" });
    expect(await fingerprint()).toBe(start);
    await transitionArticle(t.db, editor, { articleId: story.id, transition: "publish" });
    await transitionArticle(t.db, editor, { articleId: story.id, transition: "archive" });
    expect(await fingerprint()).toBe(start);
  });
});

describe("shortenDescription", () => {
  it("keeps short text, cuts long text at a word and keeps emoji whole", () => {
    expect(shortenDescription("  Short\n text. ")).toBe("Short text.");
    expect(shortenDescription("one two three four", 10)).toBe("one two…");
    expect(shortenDescription("one two, three", 8)).toBe("one two…");
    expect(shortenDescription("Supercalifragilistic", 10)).toBe("Supercalif…");
    expect(shortenDescription("😀😀😀😀😀😀", 4)).toBe("😀😀😀😀…");
    expect(shortenDescription("x".repeat(200))).toBe("x".repeat(200));
  });
});
