// The demo's writes that no use case makes yet: the newsroom's identity, an article's checked
// article and the verdicts of its annotations (issue 14 adds their settings, fields and panel
// in the studio). Each is one function, so each can be swapped for its use case when it lands;
// until then they write the rows directly, without audit events.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { listVerdicts } from "@/db/queries/verdicts";
import type { CheckedArticle, NewsroomIdentity } from "@/db/revision-snapshot";
import { annotations, articles, newsroom } from "@/db/schema";
import type { ActorWithRole } from "@/lib/actor";
import type { DemoAnnotation } from "./content";

/** Names the newsroom, unless someone already has (a seed into an existing database). */
export async function nameDemoNewsroom(
  tx: Db,
  desk: ActorWithRole,
  identity: NewsroomIdentity,
): Promise<void> {
  await tx
    .update(newsroom)
    .set({ ...identity, updatedBy: desk.id, updatedAt: new Date() })
    .where(and(eq(newsroom.id, 1), eq(newsroom.name, "")));
}

/** Records the piece an article checks ("Checked article"). */
export async function setDemoCheckedArticle(
  tx: Db,
  articleId: string,
  checked: CheckedArticle,
): Promise<void> {
  await tx
    .update(articles)
    .set({
      checkedOutlet: checked.outlet,
      checkedAuthor: checked.author,
      checkedUrl: checked.url,
      checkedDate: checked.date,
    })
    .where(eq(articles.id, articleId));
}

/**
 * Rates the demo's claims and allegations with verdicts of the default scale, looked up by
 * slug, each with its conclusion (`annotationIds` in the order of `demoAnnotations`).
 */
export async function rateDemoAnnotations(
  tx: Db,
  demoAnnotations: readonly DemoAnnotation[],
  annotationIds: readonly string[],
): Promise<void> {
  const verdictIds = new Map((await listVerdicts(tx)).map((verdict) => [verdict.slug, verdict.id]));
  for (const [index, { rating }] of demoAnnotations.entries()) {
    if (!rating) continue;
    const verdictId = verdictIds.get(rating.verdict);
    if (!verdictId) throw new Error(`The verdict scale has no "${rating.verdict}" for the demo`);
    await tx
      .update(annotations)
      .set({ verdictId, conclusion: rating.conclusion })
      .where(eq(annotations.id, annotationIds[index]!));
  }
}
