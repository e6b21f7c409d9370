"use client";

import { useCallback, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { InlineError } from "@/app/_components/inline-error";
import type { ThreadComment } from "@/db/queries/discussion";
import type { ActionResult } from "@/lib/actions";
import type { Member } from "@/lib/discussion/mentions";
import {
  deleteCommentAction,
  editCommentAction,
  openDiscussionAction,
  postCommentAction,
  reopenThreadAction,
  resolveThreadAction,
  type ThreadView,
} from "../discussion-actions";
import { CommentBox, secondaryButton } from "./comment-box";
import { commentElementId, CommentItem } from "./comment-item";
import { CommentTime } from "./comment-time";
import { announceUnread } from "@/app/_components/inbox-events";

/** How the Annotations list and the publish check see a thread. */
export interface ThreadState {
  comments: number;
  open: boolean;
}

const OFFLINE = "The server can't be reached. Your text is kept: try again.";

/** Comments on the thread, each with its replies (a reply to a reply joins the same group). */
function grouped(comments: ThreadComment[]) {
  const topOf = new Map<string, string>();
  for (const comment of comments) {
    const parent = comment.parentId ? topOf.get(comment.parentId) : undefined;
    topOf.set(comment.id, parent ?? comment.id);
  }
  return comments
    .filter((c) => topOf.get(c.id) === c.id)
    .map((top) => ({
      top,
      replies: comments.filter((c) => c.id !== top.id && topOf.get(c.id) === top.id),
    }));
}

/** The "Discussion" region of the annotation panel. Opening it marks the thread read. */
export function DiscussionThread({
  annotationId,
  flush,
  onChange,
}: {
  annotationId: string;
  /** Saves the text first: a new annotation's row is made by it. */
  flush: () => Promise<void>;
  onChange: (annotationId: string, state: ThreadState | null) => void;
}) {
  const [view, setView] = useState<ThreadView | null>(null);
  const [members, setMembers] = useState<Member[]>([]);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const [resolveProblem, setResolveProblem] = useState<string | null>(null);

  const show = useCallback(
    (next: ThreadView) => {
      setView(next);
      setNotice(next.notice ?? "");
      announceUnread(next.unread);
      const live = next.thread?.comments.filter((c) => !c.deletedAt).length ?? 0;
      onChange(
        annotationId,
        next.thread ? { comments: live, open: !next.thread.resolvedAt } : null,
      );
    },
    [annotationId, onChange],
  );

  useEffect(() => {
    let current = true;
    openDiscussionAction({ annotationId })
      .then((result) => {
        if (!current) return;
        if (result.ok) {
          setMembers(result.data.members);
          show(result.data);
        } else setLoadProblem(result.error);
      })
      .catch(() => current && setLoadProblem("The discussion could not be loaded. Try again."));
    return () => {
      current = false;
    };
  }, [annotationId, show]);

  /** Runs a change and shows the thread it leaves; resolves to the problem to show, if any. */
  async function apply(
    change: () => Promise<ActionResult<ThreadView & { commentId?: string }>>,
    focus?: string,
  ): Promise<string | null> {
    const result = await change().catch(() => null);
    if (!result) return OFFLINE;
    if (!result.ok) return result.fieldErrors?.body?.[0] ?? result.error;
    // Drawn at once, so focus can go to the comment the change concerns.
    flushSync(() => show(result.data));
    const target = result.data.commentId ?? focus;
    if (target) document.getElementById(commentElementId(target))?.focus();
    return null;
  }

  async function post(body: string, parentId?: string) {
    await flush();
    return apply(() => postCommentAction({ annotationId, parentId, body }));
  }

  const thread = view?.thread ?? null;
  const live = thread?.comments.filter((c) => !c.deletedAt).length ?? 0;
  return (
    <section aria-labelledby="discussion-heading" className="border-t border-rule pt-4">
      <h3 id="discussion-heading" className="text-sm font-semibold">
        Discussion
      </h3>
      <InlineError message={loadProblem} className="mt-2" />
      {view === null && !loadProblem ? <p className="mt-2 text-sm text-muted">Loading…</p> : null}
      {view && !thread ? (
        <p className="mt-1 text-sm text-muted">
          No comments yet. Ask a question or leave a note for the desk; readers never see it.
        </p>
      ) : null}
      {thread ? (
        <p className="mt-1 text-sm text-muted">
          {thread.resolvedAt ? (
            <>
              Resolved by {thread.resolvedByName}, <CommentTime at={thread.resolvedAt} />
            </>
          ) : (
            `Open · ${live} comment${live === 1 ? "" : "s"}`
          )}
        </p>
      ) : null}
      {thread && thread.comments.length > 0 ? (
        <ol className="mt-3 space-y-3" aria-label="Comments">
          {grouped(thread.comments).map(({ top, replies }) => {
            const item = (comment: ThreadComment, children?: React.ReactNode) => (
              <CommentItem
                key={comment.id}
                comment={comment}
                own={comment.authorId === view?.viewerId}
                members={members}
                onReply={(body) => post(body, top.id)}
                // After an edit the comment's own "Edit comment" button takes focus back.
                onEdit={(body) => apply(() => editCommentAction({ commentId: comment.id, body }))}
                onDelete={() =>
                  apply(() => deleteCommentAction({ commentId: comment.id }), comment.id)
                }
              >
                {children}
              </CommentItem>
            );
            return item(
              top,
              replies.length > 0 ? (
                <ol
                  className="ml-4 space-y-3 border-l-2 border-rule pl-3 sm:ml-6"
                  aria-label="Replies"
                >
                  {replies.map((reply) => item(reply))}
                </ol>
              ) : null,
            );
          })}
        </ol>
      ) : null}
      <p aria-live="polite" className="mt-2 text-sm text-muted">
        {notice}
      </p>
      {view ? (
        <div className="mt-3 space-y-3">
          <CommentBox
            label="Comment"
            submitLabel="Post comment"
            members={members}
            onSubmit={(body) => post(body)}
          />
          {thread ? (
            <div>
              <button
                type="button"
                className={secondaryButton}
                onClick={async () =>
                  setResolveProblem(
                    await apply(() =>
                      thread.resolvedAt
                        ? reopenThreadAction({ annotationId })
                        : resolveThreadAction({ annotationId }),
                    ),
                  )
                }
              >
                {thread.resolvedAt ? "Reopen" : "Resolve"}
              </button>
              <InlineError message={resolveProblem} className="mt-2" />
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
