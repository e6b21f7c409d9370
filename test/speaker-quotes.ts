import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/db/client";
import type { AnnotationKind, SpeakerType } from "@/db/enums";
import { articleRevisions, articles, speakers } from "@/db/schema";
import { createTestDb, insertUser, type TestDb } from "@/test/db";
import { updateAnnotationDetails } from "@/lib/annotations/details";
import { createDraftArticle, saveArticleDocument } from "@/lib/articles/save";
import { transitionArticle } from "@/lib/articles/workflow";
import { createSpeaker } from "@/lib/speakers/manage";
import { annotatedDoc } from "@/test/documents";

/** Text in a test article, attributed to a speaker with a cue. */
export interface Span {
  id: string;
  kind: AnnotationKind;
  text: string;
  speakerId: string;
  cue: string;
}

export const said = (
  speakerId: string,
  text: string,
  cue = "said",
  kind: AnnotationKind = "official_claim",
): Span => ({
  id: randomUUID(),
  kind,
  text,
  speakerId,
  cue,
});

type Piece = string | Span;

const spansOf = (blocks: Piece[][]) =>
  blocks.flat().filter((p): p is Span => typeof p !== "string");

export type Newsroom = Awaited<ReturnType<typeof newsroomWithEditor>>;

/**
 * For the test file that calls this at its top: a fresh database, closed after the file, with
 * a newsroom in it. The returned object is filled in before the file's first test.
 */
export function newsroomForThisFile(): Newsroom {
  const newsroom = {} as Newsroom;
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    Object.assign(newsroom, await newsroomWithEditor(t.db));
  });
  afterAll(() => t.close());
  return newsroom;
}

/**
 * A new editor in `db`, and what they do in the studio: create speakers and write, attribute
 * and publish articles quoting them, through the studio's own use cases.
 */
async function newsroomWithEditor(db: Db) {
  const editor = { id: await insertUser(db, "editor"), role: "editor" as const };

  /** Saves a draft with these paragraphs and attributes every span; returns its id and version. */
  async function draft(title: string, blocks: Piece[][]) {
    const { id } = await createDraftArticle(db, editor);
    const saved = await saveArticleDocument(db, editor, {
      articleId: id,
      baseVersion: 1,
      title,
      doc: annotatedDoc(...blocks),
    });
    for (const span of spansOf(blocks)) {
      await updateAnnotationDetails(db, editor, {
        id: span.id,
        version: 1,
        speakerId: span.speakerId,
        cue: span.cue,
        note: "",
      });
    }
    return { id, version: saved.version };
  }

  /**
   * Publishes a new article through the workflow. Revisions are immutable and dated by the
   * database, so articles published one after another are newest last.
   */
  async function published(title: string, blocks: Piece[][]) {
    const article = await draft(title, blocks);
    await transitionArticle(db, editor, { articleId: article.id, transition: "publish" });
    const [row] = await db
      .select({ slug: articles.slug, publishedAt: articleRevisions.publishedAt })
      .from(articles)
      .innerJoin(articleRevisions, eq(articleRevisions.id, articles.publishedRevisionId))
      .where(eq(articles.id, article.id));
    return { ...article, ...row! };
  }

  async function speaker(name: string, type: SpeakerType = "person", aliases: string[] = []) {
    const created = await createSpeaker(db, editor, { name, type, description: `About ${name}` });
    if (aliases.length) {
      await db.update(speakers).set({ aliases }).where(eq(speakers.id, created.id));
    }
    return created;
  }

  return { db, editor, draft, published, speaker };
}
