import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, articles, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { postComment, resolveThread } from "@/lib/discussion/manage";
import { demoArticles } from "./content";

/**
 * The two voices of the demo discussion. Like the demo desk they have no password: nobody signs
 * in as them, they only make the threads read like a newsroom's.
 */
export const DEMO_VOICES = {
  reviewer: { name: "Rosa Lind", email: "demo-reviewer@claimmark.invalid", role: "reviewer" },
  editor: { name: "Tomas Berg", email: "demo-editor@claimmark.invalid", role: "editor" },
} as const;

async function voice(tx: Db, who: keyof typeof DEMO_VOICES): Promise<Actor> {
  const [row] = await tx
    .insert(users)
    .values(DEMO_VOICES[who])
    .onConflictDoUpdate({ target: users.email, set: { updatedAt: new Date() } })
    .returning({ id: users.id });
  return row!;
}

/** The id of the published demo article's annotation on `quote`. */
async function annotationOn(tx: Db, quote: string): Promise<string> {
  const [row] = await tx
    .select({ id: annotations.id })
    .from(annotations)
    .innerJoin(articles, eq(articles.id, annotations.articleId))
    .where(and(eq(articles.slug, demoArticles[0]!.slug), eq(annotations.quote, quote)));
  if (!row) throw new Error(`The demo article has no annotation on “${quote}”`);
  return row.id;
}

/**
 * On the published demo article: a question the editor answered and the reviewer resolved, and
 * an open one that mentions the editor. Written through the use cases, as people would.
 */
export async function writeDemoDiscussion(tx: Db): Promise<void> {
  const reviewer = await voice(tx, "reviewer");
  const editor = await voice(tx, "editor");
  const [fact, , figure] = demoArticles[0]!.annotations;

  const answered = await annotationOn(tx, figure!.quote);
  const question = await postComment(tx, reviewer, {
    annotationId: answered,
    body: "Is “11 of 48” Dunmore’s own count, or the council’s? The press release rounds it to “about a quarter”.",
  });
  await postComment(tx, editor, {
    annotationId: answered,
    parentId: question.id,
    body: "His own: it is the defect schedule in his report (table 3). The council rounded it later.",
  });
  await resolveThread(tx, reviewer, { annotationId: answered });

  const open = await annotationOn(tx, fact!.quote);
  await postComment(tx, reviewer, {
    annotationId: open,
    body: `@${DEMO_VOICES.editor.name} the notice gives 07:00 on 3 May; should the text say “from the morning of 3 May”?`,
  });
}
