import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { listMentionableMembers } from "@/db/queries/discussion";
import { annotations } from "@/db/schema";
import { commentMentions, comments, discussionThreads, threadReads } from "@/db/schema-desk";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { findMentions } from "./mentions";
import type { CommentRef, EditComment, PostComment, ThreadRef } from "./schemas";

type Thread = typeof discussionThreads.$inferSelect;

/** The annotation's thread, locked for this transaction, or null before its first comment. */
async function lockThread(tx: Db, annotationId: string): Promise<Thread | null> {
  const [thread] = await tx
    .select()
    .from(discussionThreads)
    .where(eq(discussionThreads.annotationId, annotationId))
    .for("update");
  return thread ?? null;
}

async function requireThread(tx: Db, annotationId: string): Promise<Thread> {
  const thread = await lockThread(tx, annotationId);
  if (!thread) {
    throw new AppError("not_found", "This annotation has no discussion yet. Post a comment first.");
  }
  return thread;
}

/**
 * Comments of one thread are ordered by when they were written; within one transaction (the
 * demo seed writes several) the clock may not move, so each comment is at least 1 ms later.
 */
function nextCommentTime(thread: Thread | null): Date {
  const now = Date.now();
  return new Date(thread ? Math.max(now, thread.lastCommentAt.getTime() + 1) : now);
}

/** Stores who the comment mentions, replacing what an earlier version of it mentioned. */
async function storeMentions(tx: Db, commentId: string, body: string): Promise<void> {
  await tx.delete(commentMentions).where(eq(commentMentions.commentId, commentId));
  const ids = [
    ...new Set(findMentions(body, await listMentionableMembers(tx)).map((m) => m.userId)),
  ];
  if (ids.length) {
    await tx.insert(commentMentions).values(ids.map((userId) => ({ commentId, userId })));
  }
}

async function markRead(tx: Db, userId: string, annotationId: string, at: Date): Promise<void> {
  await tx
    .insert(threadReads)
    .values({ userId, annotationId, readAt: at })
    .onConflictDoUpdate({
      target: [threadReads.userId, threadReads.annotationId],
      set: { readAt: sql`greatest(${threadReads.readAt}, excluded.read_at)` },
    });
}

export interface PostedComment {
  id: string;
  /** The thread was resolved: the comment is posted and the thread stays resolved. */
  onResolvedThread: boolean;
}

/** A comment on an annotation (the first one starts its thread) or a reply to a comment. */
export async function postComment(
  db: Db,
  actor: Actor,
  input: PostComment,
): Promise<PostedComment> {
  return db.transaction(async (tx) => {
    const [annotation] = await tx
      .select({ articleId: annotations.articleId })
      .from(annotations)
      .where(eq(annotations.id, input.annotationId));
    if (!annotation) {
      throw new AppError(
        "not_found",
        "This annotation is not saved yet, or was deleted. Wait for “Saved”, then post again.",
      );
    }
    let thread = await lockThread(tx, input.annotationId);
    if (input.parentId) {
      const [parent] = await tx
        .select({ id: comments.id })
        .from(comments)
        .where(and(eq(comments.id, input.parentId), eq(comments.annotationId, input.annotationId)));
      if (!parent) throw new AppError("not_found", "The comment you reply to is no longer there.");
    }
    const createdAt = nextCommentTime(thread);
    if (!thread) {
      const [created] = await tx
        .insert(discussionThreads)
        .values({
          annotationId: input.annotationId,
          articleId: annotation.articleId,
          createdAt,
          lastCommentAt: createdAt,
        })
        .returning();
      thread = created!;
    } else {
      await tx
        .update(discussionThreads)
        .set({ lastCommentAt: createdAt })
        .where(eq(discussionThreads.annotationId, input.annotationId));
    }
    const [comment] = await tx
      .insert(comments)
      .values({
        annotationId: input.annotationId,
        parentId: input.parentId ?? null,
        authorId: actor.id,
        body: input.body,
        createdAt,
      })
      .returning({ id: comments.id });
    await storeMentions(tx, comment!.id, input.body);
    // Whoever writes in a thread has read it.
    await markRead(tx, actor.id, input.annotationId, createdAt);
    await recordAudit(tx, {
      actorId: actor.id,
      entity: "comment",
      entityId: comment!.id,
      articleId: annotation.articleId,
      action: "create",
      after: {
        annotationId: input.annotationId,
        parentId: input.parentId ?? null,
        body: input.body,
      },
    });
    return { id: comment!.id, onResolvedThread: thread.resolvedAt !== null };
  });
}

/** The comment, locked, if the actor wrote it: only its author may change it. */
async function ownComment(tx: Db, actor: Actor, commentId: string, doing: "edit" | "delete") {
  const [comment] = await tx
    .select({
      id: comments.id,
      annotationId: comments.annotationId,
      authorId: comments.authorId,
      body: comments.body,
      deletedAt: comments.deletedAt,
      articleId: discussionThreads.articleId,
    })
    .from(comments)
    .innerJoin(discussionThreads, eq(discussionThreads.annotationId, comments.annotationId))
    .where(eq(comments.id, commentId))
    .for("update", { of: comments });
  if (!comment || comment.deletedAt) {
    throw new AppError("not_found", "This comment was deleted. Reload the discussion to see it.");
  }
  if (comment.authorId !== actor.id) {
    throw new AppError("forbidden", `Only its author may ${doing} a comment.`);
  }
  return comment;
}

/** The thread a changed comment is in, so the caller can show it again. */
export interface ChangedComment {
  annotationId: string;
}

export async function editComment(
  db: Db,
  actor: Actor,
  input: EditComment,
): Promise<ChangedComment> {
  return db.transaction(async (tx) => {
    const comment = await ownComment(tx, actor, input.commentId, "edit");
    const changed = { annotationId: comment.annotationId };
    if (comment.body === input.body) return changed;
    await tx
      .update(comments)
      .set({ body: input.body, editedAt: new Date() })
      .where(eq(comments.id, comment.id));
    await storeMentions(tx, comment.id, input.body);
    await recordAudit(tx, {
      actorId: actor.id,
      entity: "comment",
      entityId: comment.id,
      articleId: comment.articleId,
      action: "edit",
      before: { body: comment.body },
      after: { body: input.body },
    });
    return changed;
  });
}

/** Clears the comment's text and keeps its place, so the replies under it still read. */
export async function deleteComment(
  db: Db,
  actor: Actor,
  input: CommentRef,
): Promise<ChangedComment> {
  return db.transaction(async (tx) => {
    const comment = await ownComment(tx, actor, input.commentId, "delete");
    await tx
      .update(comments)
      .set({ body: "", deletedAt: new Date() })
      .where(eq(comments.id, comment.id));
    await tx.delete(commentMentions).where(eq(commentMentions.commentId, comment.id));
    await recordAudit(tx, {
      actorId: actor.id,
      entity: "comment",
      entityId: comment.id,
      articleId: comment.articleId,
      action: "delete",
      before: { body: comment.body },
    });
    return { annotationId: comment.annotationId };
  });
}

async function setResolved(db: Db, actor: Actor, input: ThreadRef, resolve: boolean) {
  await db.transaction(async (tx) => {
    const thread = await requireThread(tx, input.annotationId);
    // Already as asked (someone else got there first): nothing to record.
    if ((thread.resolvedAt !== null) === resolve) return;
    const resolvedAt = resolve ? new Date() : null;
    await tx
      .update(discussionThreads)
      .set({ resolvedAt, resolvedBy: resolve ? actor.id : null })
      .where(eq(discussionThreads.annotationId, input.annotationId));
    await recordAudit(tx, {
      actorId: actor.id,
      entity: "thread",
      entityId: input.annotationId,
      articleId: thread.articleId,
      action: resolve ? "resolve" : "reopen",
      before: { resolvedAt: thread.resolvedAt?.toISOString() ?? null },
      after: { resolvedAt: resolvedAt?.toISOString() ?? null },
    });
  });
}

export async function resolveThread(db: Db, actor: Actor, input: ThreadRef): Promise<void> {
  await setResolved(db, actor, input, true);
}

export async function reopenThread(db: Db, actor: Actor, input: ThreadRef): Promise<void> {
  await setResolved(db, actor, input, false);
}

/**
 * Records that the actor has read the thread up to its newest comment. Not audited: reading
 * changes nothing anyone else sees. A thread not started yet has nothing to read.
 */
export async function markThreadRead(db: Db, actor: Actor, input: ThreadRef): Promise<void> {
  await db.transaction(async (tx) => {
    const [thread] = await tx
      .select({ lastCommentAt: discussionThreads.lastCommentAt })
      .from(discussionThreads)
      .where(eq(discussionThreads.annotationId, input.annotationId));
    if (!thread) return;
    const now = new Date();
    await markRead(
      tx,
      actor.id,
      input.annotationId,
      now > thread.lastCommentAt ? now : thread.lastCommentAt,
    );
  });
}
