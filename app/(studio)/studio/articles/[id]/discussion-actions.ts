"use server";

import type { z } from "zod";
import { getDb } from "@/db/client";
import {
  countUnread,
  type DiscussionThread,
  getDiscussionThread,
  listMentionableMembers,
} from "@/db/queries/discussion";
import { runAction } from "@/lib/actions";
import type { SessionUser } from "@/lib/auth/session";
import { PERMISSIONS } from "@/lib/auth/roles";
import {
  deleteComment,
  editComment,
  markThreadRead,
  postComment,
  reopenThread,
  resolveThread,
} from "@/lib/discussion/manage";
import {
  commentRefSchema,
  editCommentSchema,
  postCommentSchema,
  threadRefSchema,
} from "@/lib/discussion/schemas";

/** What the thread shows after a change: the thread as it is now, and who is reading it. */
export interface ThreadView {
  thread: DiscussionThread | null;
  viewerId: string;
  /** The viewer's unread comments across their inbox, for the studio's navigation. */
  unread: number;
  /** Set when the change is worth saying out loud, e.g. a comment on a resolved thread. */
  notice?: string;
  /** The comment just posted, for focus to go to. */
  commentId?: string;
}

interface Changed {
  annotationId: string;
  notice?: string;
  commentId?: string;
}

async function viewAfter(user: SessionUser, { annotationId, notice, commentId }: Changed) {
  const db = getDb();
  const [thread, unread] = await Promise.all([
    getDiscussionThread(db, annotationId),
    countUnread(db, user.id),
  ]);
  return { thread, viewerId: user.id, unread, notice, commentId } satisfies ThreadView;
}

/** Every discussion action: any studio role, checked from the session, then the thread as now. */
function discuss<S extends z.ZodType>(
  schema: S,
  input: unknown,
  run: (user: SessionUser, data: z.output<S>) => Promise<Changed>,
) {
  return runAction({
    roles: PERMISSIONS.discuss,
    schema,
    input: (input ?? {}) as Record<string, unknown>,
    run: async (user, data) => viewAfter(user, await run(user, data)),
    revalidate: ["/studio/inbox"],
  });
}

/** Opens the thread: marks it read and returns it with the members one may mention. */
export async function openDiscussionAction(input: z.input<typeof threadRefSchema>) {
  return runAction({
    roles: PERMISSIONS.discuss,
    schema: threadRefSchema,
    input,
    run: async (user, data) => {
      const db = getDb();
      await markThreadRead(db, user, data);
      const [view, members] = await Promise.all([
        viewAfter(user, data),
        listMentionableMembers(db),
      ]);
      return { ...view, members };
    },
  });
}

export async function postCommentAction(input: z.input<typeof postCommentSchema>) {
  return discuss(postCommentSchema, input, async (user, data) => {
    const posted = await postComment(getDb(), user, data);
    return {
      annotationId: data.annotationId,
      commentId: posted.id,
      notice: posted.onResolvedThread
        ? "Posted. This discussion stays resolved: choose “Reopen” if the question is open again."
        : undefined,
    };
  });
}

export async function editCommentAction(input: z.input<typeof editCommentSchema>) {
  return discuss(editCommentSchema, input, async (user, data) => {
    return editComment(getDb(), user, data);
  });
}

export async function deleteCommentAction(input: z.input<typeof commentRefSchema>) {
  return discuss(commentRefSchema, input, async (user, data) => {
    return { ...(await deleteComment(getDb(), user, data)), notice: "Comment deleted." };
  });
}

export async function resolveThreadAction(input: z.input<typeof threadRefSchema>) {
  return discuss(threadRefSchema, input, async (user, data) => {
    await resolveThread(getDb(), user, data);
    return { annotationId: data.annotationId, notice: "Discussion resolved." };
  });
}

export async function reopenThreadAction(input: z.input<typeof threadRefSchema>) {
  return discuss(threadRefSchema, input, async (user, data) => {
    await reopenThread(getDb(), user, data);
    return { annotationId: data.annotationId, notice: "Discussion reopened." };
  });
}
