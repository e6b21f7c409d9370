"use client";

import { type ReactNode, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { ThreadComment } from "@/db/queries/discussion";
import type { Member } from "@/lib/discussion/mentions";
import { CommentBody } from "./comment-body";
import { CommentBox, secondaryButton } from "./comment-box";
import { CommentTime } from "./comment-time";

const small = `${secondaryButton} !px-2 !py-1 !text-xs`;

/** The element a comment's id names, focused after a change to it (see focusComment). */
export const commentElementId = (id: string) => `comment-${id}`;

/**
 * One comment: who wrote it and when, its text, and what the viewer may do with it (reply to
 * anyone's; edit or delete their own). Each answer resolves to the problem to show, or null.
 */
export function CommentItem({
  comment,
  own,
  members,
  onReply,
  onEdit,
  onDelete,
  children,
}: {
  comment: ThreadComment;
  own: boolean;
  /** Who "@" offers while writing a reply or an edit. */
  members: readonly Member[];
  onReply: (body: string) => Promise<string | null>;
  onEdit: (body: string) => Promise<string | null>;
  onDelete: () => Promise<string | null>;
  /** The replies, shown indented under it. */
  children?: ReactNode;
}) {
  const [mode, setMode] = useState<"view" | "reply" | "edit" | "delete">("view");
  const [problem, setProblem] = useState<string | null>(null);
  const replyButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const deleted = comment.deletedAt !== null;
  const mentioned = comment.mentions.map((m) => ({ id: m.userId, name: m.name }));

  /** Back to reading the comment, with focus on the button that started what just ended. */
  function back(to: React.RefObject<HTMLButtonElement | null>) {
    // Drawn at once, so the button is there to take focus.
    flushSync(() => setMode("view"));
    to.current?.focus();
  }

  return (
    <li className="space-y-2">
      <div
        id={commentElementId(comment.id)}
        tabIndex={-1}
        className="rounded-md border border-rule p-3 outline-offset-2"
      >
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-semibold">{comment.authorName}</span>
          <CommentTime at={comment.createdAt} />
          {comment.editedAt && !deleted ? <span className="text-xs text-muted">edited</span> : null}
        </p>
        {deleted ? (
          <p className="mt-1 text-sm italic text-muted">Comment deleted.</p>
        ) : mode === "edit" ? (
          <div className="mt-2">
            <CommentBox
              label="Edit comment"
              submitLabel="Save comment"
              initial={comment.body}
              members={members}
              autoFocus
              onSubmit={async (body) => {
                const refused = await onEdit(body);
                if (!refused) back(editButton);
                return refused;
              }}
              onCancel={() => back(editButton)}
            />
          </div>
        ) : (
          <CommentBody body={comment.body} members={mentioned} />
        )}
        {mode === "delete" ? (
          <div role="group" aria-label="Delete comment?" className="mt-2 text-sm">
            <p>Delete this comment? Its replies stay.</p>
            <p className="mt-1 text-xs text-muted">This cannot be undone.</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <button
                type="button"
                autoFocus
                className={`${small} border-red-700/50 text-red-800 dark:text-red-200`}
                onClick={async () => {
                  const refused = await onDelete();
                  setProblem(refused);
                  if (refused) back(deleteButton);
                }}
              >
                Yes, delete comment
              </button>
              <button type="button" className={small} onClick={() => back(deleteButton)}>
                Keep comment
              </button>
            </div>
          </div>
        ) : null}
        {problem ? (
          <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
            {problem}
          </p>
        ) : null}
        {mode === "view" ? (
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              ref={replyButton}
              type="button"
              className={small}
              onClick={() => setMode("reply")}
            >
              Reply
            </button>
            {own && !deleted ? (
              <>
                <button
                  ref={editButton}
                  type="button"
                  className={small}
                  onClick={() => setMode("edit")}
                >
                  Edit comment
                </button>
                <button
                  ref={deleteButton}
                  type="button"
                  className={small}
                  onClick={() => {
                    setProblem(null);
                    setMode("delete");
                  }}
                >
                  Delete comment
                </button>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
      {mode === "reply" ? (
        <div className="ml-4 border-l-2 border-rule pl-3 sm:ml-6">
          <CommentBox
            label="Reply"
            submitLabel="Post reply"
            members={members}
            autoFocus
            onSubmit={async (body) => {
              const refused = await onReply(body);
              // The new reply takes focus (the thread moves it there).
              if (!refused) setMode("view");
              return refused;
            }}
            onCancel={() => back(replyButton)}
          />
        </div>
      ) : null}
      {children}
    </li>
  );
}
