import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotationSources, annotations, articles, sources, speakers, users } from "@/db/schema";
import { buildDemoDoc } from "./build-doc";
import { demoArticles, demoSources, demoSpeakers } from "./content";
import { publishRevision } from "@/lib/articles/publish";
import { recordAudit } from "@/lib/audit";
import { extractAnchors } from "@/lib/editor/anchors";

/** The author of the demo content. It has no password, so nobody can sign in as it. */
export const DEMO_DESK_EMAIL = "demo-desk@claimmark.invalid";

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

/** Writes the demo newsroom in one transaction. Returns false (and writes nothing) if it is already there. */
export async function seedDemoContent(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(eq(articles.slug, demoArticles[0]!.slug));
    if (existing) return false;

    const [desk] = await tx
      .insert(users)
      .values({ email: DEMO_DESK_EMAIL, name: "Claimmark demo desk", role: "editor" })
      .onConflictDoUpdate({ target: users.email, set: { updatedAt: new Date() } })
      .returning({ id: users.id });
    const deskId = desk!.id;

    const speakerRows = await tx
      .insert(speakers)
      .values(demoSpeakers.map(({ key, ...speaker }) => ({ ...speaker, createdBy: deskId })))
      .returning({ id: speakers.id, slug: speakers.slug });
    const speakerIds = new Map(
      demoSpeakers.map((s) => [s.key, speakerRows.find((row) => row.slug === s.slug)!.id]),
    );
    const sourceRows = await tx
      .insert(sources)
      .values(demoSources.map(({ key, ...source }) => ({ ...source, createdBy: deskId })))
      .returning({ id: sources.id, url: sources.url });
    const sourceIds = new Map(
      demoSources.map((s) => [s.key, sourceRows.find((row) => row.url === s.url)!.id]),
    );

    for (const article of demoArticles) {
      const ids = article.annotations.map(() => randomUUID());
      const doc = buildDemoDoc(article, ids);
      const [row] = await tx
        .insert(articles)
        .values({
          slug: article.slug,
          title: article.title,
          doc: doc.toJSON(),
          createdBy: deskId,
          updatedBy: deskId,
        })
        .returning({ id: articles.id });
      const articleId = row!.id;
      const anchors = new Map(extractAnchors(doc).map((anchor) => [anchor.id, anchor]));

      await tx.insert(annotations).values(
        article.annotations.map((annotation, i) => {
          const anchor = anchors.get(ids[i]!)!;
          return {
            id: ids[i]!,
            articleId,
            kind: annotation.kind,
            speakerId: annotation.speaker ? speakerIds.get(annotation.speaker)! : null,
            cue: annotation.cue,
            note: annotation.note,
            quote: anchor.quote,
            prefix: anchor.prefix,
            suffix: anchor.suffix,
            start: anchor.start,
            end: anchor.end,
            createdBy: deskId,
          };
        }),
      );
      const links = article.annotations.flatMap((annotation, i) =>
        annotation.sources.map((link) => ({
          annotationId: ids[i]!,
          sourceId: sourceIds.get(link.source)!,
          relation: link.relation,
          excerpt: link.excerpt,
          createdBy: deskId,
        })),
      );
      if (links.length) await tx.insert(annotationSources).values(links);
      await recordAudit(tx, {
        actorId: deskId,
        entity: "article",
        entityId: articleId,
        articleId,
        action: "create",
        after: { slug: article.slug, title: article.title, seeded: true },
      });
      if (article.status === "published") await publishRevision(tx, { articleId, userId: deskId });
    }
    return true;
  });
}
