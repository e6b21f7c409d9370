import type { ActionRow, Ctx, Who } from "./authorization-rows";

const DISCUSSION = "app/(studio)/studio/articles/[id]/discussion-actions.ts";
const EVERY_ROLE: Who[] = ["reviewer", "editor", "admin"];

interface Thread {
  resolvedAt: string | null;
  comments: { id: string; body: string; deletedAt: string | null }[];
}

/** Annotation A's thread as the admin's panel loads it (null before its first comment). */
async function threadOfA(ctx: Ctx): Promise<Thread | null> {
  const { result } = await ctx.asAdmin(`${DISCUSSION}#openDiscussionAction`, [
    { annotationId: ctx.annotationA },
  ]);
  return (result as { data: { thread: Thread | null } }).data.thread;
}

/** A comment the admin wrote on annotation A, for the rows that edit or delete one. */
const adminComment = { id: "" };

async function adminPosts(ctx: Ctx, body: string): Promise<void> {
  const { result } = await ctx.asAdmin(`${DISCUSSION}#postCommentAction`, [
    { annotationId: ctx.annotationA, body },
  ]);
  adminComment.id = (result as { data: { commentId: string } }).data.commentId;
}

const setResolved = (resolve: boolean) => async (ctx: Ctx) => {
  const key = resolve ? "resolveThreadAction" : "reopenThreadAction";
  await ctx.asAdmin(`${DISCUSSION}#${key}`, [{ annotationId: ctx.annotationA }]);
};

const isResolved = async (ctx: Ctx) => (await threadOfA(ctx))?.resolvedAt != null;

/**
 * The rows of the discussion actions, spread into the matrix's list. Every role may discuss;
 * only a comment's author may edit or delete it, so the admin's comment is the one tried: the
 * reviewer and the editor are refused as not its author ("forbidden").
 */
export const DISCUSSION_ACTIONS: Record<string, ActionRow> = {
  // Reads, and marks read: nothing another person sees changes.
  [`${DISCUSSION}#openDiscussionAction`]: {
    allowed: EVERY_ROLE,
    args: (ctx) => [{ annotationId: ctx.annotationA }],
  },
  [`${DISCUSSION}#postCommentAction`]: {
    allowed: EVERY_ROLE,
    args: (ctx, attempt) => [{ annotationId: ctx.annotationA, body: attempt }],
    effect: async (ctx, attempt) =>
      !!(await threadOfA(ctx))?.comments.some((c) => c.body === attempt),
  },
  [`${DISCUSSION}#editCommentAction`]: {
    allowed: ["admin"],
    prepare: (ctx) => adminPosts(ctx, "The admin's own comment"),
    args: (_ctx, attempt) => [{ commentId: adminComment.id, body: attempt }],
    effect: async (ctx, attempt) =>
      !!(await threadOfA(ctx))?.comments.some(
        (c) => c.id === adminComment.id && c.body === attempt,
      ),
  },
  [`${DISCUSSION}#deleteCommentAction`]: {
    allowed: ["admin"],
    prepare: (ctx) => adminPosts(ctx, "The admin's comment to delete"),
    args: () => [{ commentId: adminComment.id }],
    effect: async (ctx) =>
      !!(await threadOfA(ctx))?.comments.some((c) => c.id === adminComment.id && c.deletedAt),
  },
  [`${DISCUSSION}#resolveThreadAction`]: {
    allowed: EVERY_ROLE,
    prepare: setResolved(false),
    args: (ctx) => [{ annotationId: ctx.annotationA }],
    effect: isResolved,
    undo: setResolved(false),
  },
  [`${DISCUSSION}#reopenThreadAction`]: {
    allowed: EVERY_ROLE,
    prepare: setResolved(true),
    args: (ctx) => [{ annotationId: ctx.annotationA }],
    effect: async (ctx) => !(await isResolved(ctx)),
    undo: setResolved(true),
  },
};
