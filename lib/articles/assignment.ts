import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { articles, users } from "@/db/schema";
import type { ActorWithRole } from "@/lib/actor";
import { recordArticleEvent } from "@/lib/audit";
import { can } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";

/** `base` is the assignee the form showed, so an assignment made meanwhile is never overwritten unseen. */
export const assignmentSchema = z.object({
  articleId: z.uuid({ error: "That article does not exist." }),
  assigneeId: z.uuid({ error: "Choose someone from the list." }).nullable(),
  base: z.uuid().nullable(),
});
export type AssignmentInput = z.output<typeof assignmentSchema>;

export interface Assignment {
  assigneeId: string | null;
  /** Their name, else e-mail; null when nobody is assigned. */
  assigneeLabel: string | null;
}

const displayName = sql<string>`coalesce(nullif(${users.name}, ''), ${users.email})`;

async function personLabel(tx: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await tx.select({ label: displayName }).from(users).where(eq(users.id, id));
  return row?.label ?? null;
}

/**
 * Assigns an article to a newsroom member, or to nobody. Editors and admins assign anyone
 * active; a reviewer may take an article for themselves or give back their own. The article's
 * version and last change are left alone: who checks a piece is not a change to the piece.
 */
export async function assignArticle(
  db: Db,
  actor: ActorWithRole,
  input: AssignmentInput,
): Promise<Assignment> {
  return db.transaction(async (tx) => {
    const [article] = await tx
      .select({ id: articles.id, assigneeId: articles.assigneeId })
      .from(articles)
      .where(eq(articles.id, input.articleId))
      .for("no key update");
    if (!article) throw new AppError("not_found", "That article no longer exists.");
    const current = article.assigneeId;
    if (current !== input.base) {
      const who = (await personLabel(tx, current)) ?? "nobody";
      throw new AppError(
        "conflict",
        `Someone changed the assignment meanwhile: it is now assigned to ${who}. Choose again.`,
        { field: "assigneeId" },
      );
    }
    if (current === input.assigneeId) {
      return { assigneeId: current, assigneeLabel: await personLabel(tx, current) };
    }
    const ownChange = [current, input.assigneeId].every((id) => id === null || id === actor.id);
    if (!can(actor.role, "assignOthers") && !ownChange) {
      throw new AppError(
        "forbidden",
        "Reviewers can only take an article for themselves or give back their own; ask an editor to assign someone else.",
      );
    }
    let label: string | null = null;
    if (input.assigneeId) {
      const [person] = await tx
        .select({ label: displayName, disabledAt: users.disabledAt })
        .from(users)
        .where(eq(users.id, input.assigneeId));
      if (!person || person.disabledAt) {
        throw new AppError(
          "invalid_input",
          "That person can no longer be assigned: choose someone else.",
          {
            field: "assigneeId",
          },
        );
      }
      label = person.label;
    }
    await tx
      .update(articles)
      .set({ assigneeId: input.assigneeId })
      .where(eq(articles.id, article.id));
    await recordArticleEvent(tx, article.id, {
      actorId: actor.id,
      action: "assign",
      before: { assigneeId: current, assignee: await personLabel(tx, current) },
      after: { assigneeId: input.assigneeId, assignee: label },
    });
    return { assigneeId: input.assigneeId, assigneeLabel: label };
  });
}

/** Who the article is assigned to now; null when there is no such article. */
export async function readAssignment(db: Db, articleId: string): Promise<Assignment | null> {
  const [row] = await db
    .select({ assigneeId: articles.assigneeId, assigneeLabel: sql<string | null>`${displayName}` })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.assigneeId))
    .where(eq(articles.id, articleId));
  return row
    ? { assigneeId: row.assigneeId, assigneeLabel: row.assigneeId ? row.assigneeLabel : null }
    : null;
}
