import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getNewsroomWithVersion, listVerdicts } from "@/db/queries/verdicts";
import { articles, sources, speakers, users } from "@/db/schema";
import type { ActorWithRole } from "@/lib/actor";
import { updateAnnotationDetails } from "@/lib/annotations/details";
import { updateCheckedArticle } from "@/lib/articles/checked-article";
import { NO_CHECKED_ARTICLE } from "@/lib/articles/checked-article-schema";
import { createDraftArticle, saveArticleDocument } from "@/lib/articles/save";
import { transitionArticle } from "@/lib/articles/workflow";
import { addSourceToAnnotation, linkExistingSource } from "@/lib/sources/manage";
import { createSpeaker } from "@/lib/speakers/manage";
import { saveNewsroom } from "@/lib/newsroom/manage";
import { versionToken } from "@/lib/version-token";
import { buildDemoDoc } from "./build-doc";
import { createDeskDemoSpeakers } from "./desk-speakers";
import { writeDemoDiscussion } from "./discussion";
import {
  type DemoAnnotation,
  type DemoArticle,
  demoArticles,
  demoNewsroom,
  demoSources,
  demoSpeakers,
} from "./content";

/** The author of the demo content. It has no password, so nobody can sign in as it. */
export const DEMO_DESK_EMAIL = "demo-desk@claimmark.invalid";

/** Database ids of the demo's speakers and sources, by their keys in the content. */
interface DemoIds {
  speakers: Map<string, string>;
  /** Filled as each source is first linked: a source is created by adding it to an annotation. */
  sources: Map<string, string>;
}

/**
 * True when the newsroom has no content yet: no articles, speakers or sources. Users do not
 * count, so creating the first admin before the first start still gets the demo content.
 */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const [anyArticle] = await db.select({ id: articles.id }).from(articles).limit(1);
  const [anySpeaker] = await db.select({ id: speakers.id }).from(speakers).limit(1);
  const [anySource] = await db.select({ id: sources.id }).from(sources).limit(1);
  return !anyArticle && !anySpeaker && !anySource;
}

/**
 * Writes the demo newsroom in one transaction. Returns false (and writes nothing) if it is
 * already there. Everything goes through the use cases a person's actions use (each runs in a
 * savepoint here), so the rows, revisions and history are those an editor would leave behind.
 */
export async function seedDemoContent(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(eq(articles.slug, demoArticles[0]!.slug));
    if (existing) return false;

    const desk = await demoDesk(tx);
    // Before anything is published: each revision freezes the newsroom's identity.
    await nameDemoNewsroom(tx, desk);
    const ids: DemoIds = { speakers: await createDemoSpeakers(tx, desk), sources: new Map() };
    await createDeskDemoSpeakers(tx, desk);
    for (const article of demoArticles) await writeDemoArticle(tx, desk, article, ids);
    await writeDemoDiscussion(tx);
    return true;
  });
}

/** The demo desk, an editor: it may do everything the seed does, publishing included. */
async function demoDesk(tx: Db): Promise<ActorWithRole> {
  const [desk] = await tx
    .insert(users)
    .values({ email: DEMO_DESK_EMAIL, name: "Claimmark demo desk", role: "editor" })
    .onConflictDoUpdate({ target: users.email, set: { updatedAt: new Date() } })
    .returning({ id: users.id, role: users.role });
  return desk!;
}

async function createDemoSpeakers(tx: Db, desk: ActorWithRole): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const { key, slug, aliases, ...fields } of demoSpeakers) {
    const speaker = await createSpeaker(tx, desk, fields);
    // No form sets aliases yet, and the demo's addresses were chosen by hand (pages and
    // tests link to them), where the use case would derive "dr-nadia-ostrander" from the name.
    await tx.update(speakers).set({ slug, aliases }).where(eq(speakers.id, speaker.id));
    ids.set(key, speaker.id);
  }
  return ids;
}

/**
 * An editor's work on one article: write it, attribute, source and rate each annotation, say
 * which piece it checks, publish.
 */
async function writeDemoArticle(tx: Db, desk: ActorWithRole, article: DemoArticle, ids: DemoIds) {
  const { id: articleId } = await createDraftArticle(tx, desk);
  const annotationIds = article.annotations.map(() => randomUUID());
  // Plain JSON, as a browser sends it (ProseMirror's attrs objects have no prototype).
  const doc: unknown = JSON.parse(JSON.stringify(buildDemoDoc(article, annotationIds).toJSON()));
  await saveArticleDocument(tx, desk, { articleId, baseVersion: 1, title: article.title, doc });
  // The demo's address is chosen by hand rather than taken from the title on first publish
  // (which keeps an address that does not start with the draft prefix).
  await tx.update(articles).set({ slug: article.slug }).where(eq(articles.id, articleId));

  const verdictIds = new Map((await listVerdicts(tx)).map((verdict) => [verdict.slug, verdict.id]));
  for (const [index, annotation] of article.annotations.entries()) {
    const annotationId = annotationIds[index]!;
    await updateAnnotationDetails(tx, desk, {
      id: annotationId,
      version: 1,
      speakerId: annotation.speaker ? ids.speakers.get(annotation.speaker)! : null,
      cue: annotation.cue,
      note: annotation.note,
      ...(annotation.rating ? demoRating(annotation.rating, verdictIds) : {}),
    });
    for (const link of annotation.sources) {
      await linkDemoSource(tx, desk, { annotationId, ...link }, ids.sources);
    }
  }

  if (article.checkedArticle) {
    await updateCheckedArticle(tx, desk, {
      articleId,
      base: NO_CHECKED_ARTICLE,
      ...article.checkedArticle,
    });
  }

  if (article.status === "published") {
    await transitionArticle(tx, desk, { articleId, transition: "submit" });
    await transitionArticle(tx, desk, { articleId, transition: "publish" });
  }
}

/** A demo rating as the details use case takes it: its verdict, looked up by slug, and conclusion. */
function demoRating(
  rating: NonNullable<DemoAnnotation["rating"]>,
  verdictIds: Map<string, string>,
): { verdictId: string; conclusion: string } {
  const verdictId = verdictIds.get(rating.verdict);
  if (!verdictId) throw new Error(`The verdict scale has no "${rating.verdict}" for the demo`);
  return { verdictId, conclusion: rating.conclusion };
}

/** Names the newsroom, unless someone already has (a seed into an existing database). */
async function nameDemoNewsroom(tx: Db, desk: ActorWithRole): Promise<void> {
  const current = await getNewsroomWithVersion(tx);
  if (current.name || !current.updatedAt) return;
  await saveNewsroom(tx, desk, { ...demoNewsroom, version: versionToken(current.updatedAt) });
}

/** Links a demo source, adding it to the newsroom the first time it is used. */
async function linkDemoSource(
  tx: Db,
  desk: ActorWithRole,
  link: DemoArticle["annotations"][number]["sources"][number] & { annotationId: string },
  sourceIds: Map<string, string>,
) {
  const { annotationId, relation, excerpt } = link;
  const known = sourceIds.get(link.source);
  if (known) {
    await linkExistingSource(tx, desk, { annotationId, sourceId: known, relation, excerpt });
    return;
  }
  const { key, kind, ...source } = demoSources.find((s) => s.key === link.source)!;
  const added = await addSourceToAnnotation(tx, desk, {
    annotationId,
    ...source,
    relation,
    excerpt,
  });
  // No form sets a source's kind yet; the address is kept as the demo writes it.
  await tx.update(sources).set({ kind, url: source.url }).where(eq(sources.id, added.id));
  sourceIds.set(key, added.id);
}
