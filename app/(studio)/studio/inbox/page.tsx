import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listInbox } from "@/db/queries/discussion";
import { PERMISSIONS } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { formatDateTimeUtc } from "@/lib/format/dates";
import { shortenText } from "@/lib/format/shorten";

export const metadata: Metadata = { title: "Inbox" };

/** Discussions that mention me or are on articles I created, newest comment first. */
export default async function InboxPage() {
  const user = await requirePageRole("/studio/inbox", PERMISSIONS.discuss);
  const items = await listInbox(getDb(), user.id);
  return (
    <>
      <h1 className="text-2xl font-semibold">Inbox</h1>
      <p className="mt-2 max-w-2xl text-sm text-muted">
        Discussions that mention you, and those on articles you created, newest first.
      </p>
      {items.length === 0 ? (
        <p className="mt-8 max-w-2xl rounded-lg border border-dashed border-rule p-6 text-sm">
          Nothing here yet. When someone mentions you with @ and your name in a comment, or comments
          on an annotation in an article you created, the discussion appears here with how many
          comments you have not read.
        </p>
      ) : (
        <ol className="mt-6 max-w-3xl divide-y divide-rule" aria-label="Discussions">
          {items.map((item) => (
            <li key={item.annotationId} className="py-4">
              <p className="text-sm text-muted">{item.articleTitle || "Untitled article"}</p>
              <h2 className="mt-0.5 font-serif text-lg leading-snug">
                <Link
                  href={`/studio/articles/${item.articleId}#annotation-${item.annotationId}`}
                  className="underline decoration-rule underline-offset-4 hover:decoration-current"
                >
                  “{shortenText(item.quote, 120)}”
                </Link>
              </h2>
              {item.lastBody !== null ? (
                <p className="mt-1 text-sm break-words">
                  <span className="font-medium">{item.lastAuthorName}:</span>{" "}
                  {shortenText(item.lastBody, 160)}
                </p>
              ) : null}
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
                <time dateTime={item.lastCommentAt.toISOString()}>
                  {formatDateTimeUtc(item.lastCommentAt)}
                </time>
                {item.unread > 0 ? (
                  <span className="rounded-full bg-accent px-2 py-0.5 font-semibold text-white dark:text-black">
                    {item.unread} unread
                  </span>
                ) : (
                  <span>All read</span>
                )}
                <span>{item.resolved ? "Resolved" : "Open"}</span>
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
