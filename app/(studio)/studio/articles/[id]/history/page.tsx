import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { findArticleForEditor } from "@/lib/articles/editor-article";
import { listArticleHistory } from "@/lib/history";
import { PERMISSIONS } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { formatDateTimeWithSecondsUtc } from "@/lib/format/dates";
import type { ReplacedVersion } from "@/lib/format/replaced-version";
import { isUuid } from "@/lib/ids";
import { ArticleBreadcrumb } from "../_components/article-breadcrumb";

export const metadata: Metadata = { title: "History" };

/** Enough rows for a short text to show whole (lines wrap at about 90 characters), at most 16. */
function textareaRows(text: string): number {
  const lines = text
    .split("\n")
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 90)), 0);
  return Math.min(16, lines + 1);
}

/** Another person's version that a save replaced, as plain text that can be copied back. */
function ReplacedText({ eventId, replaced }: { eventId: number; replaced: ReplacedVersion }) {
  const id = `replaced-${eventId}`;
  return (
    <div className="mt-3">
      <label htmlFor={id} className="font-medium">
        Replaced version
      </label>
      <p id={`${id}-about`} className="text-xs text-muted">
        {replaced.version === null ? "" : `Version ${replaced.version}, `}
        titled “{replaced.title || "Untitled"}”. Copy what you need back into the article.
      </p>
      <textarea
        id={id}
        readOnly
        aria-describedby={`${id}-about`}
        value={replaced.text}
        rows={textareaRows(replaced.text)}
        className="mt-1 w-full rounded-md border border-rule bg-transparent p-2 font-serif"
      />
    </div>
  );
}

export default async function HistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageRole(`/studio/articles/${id}/history`, PERMISSIONS.editDrafts);
  if (!isUuid(id)) notFound();
  const db = getDb();
  const article = await findArticleForEditor(db, id);
  if (!article) notFound();
  const events = await listArticleHistory(db, id);

  return (
    <>
      <ArticleBreadcrumb id={id} title={article.title} here="History" />
      <h1 className="text-2xl font-semibold">History</h1>
      <p className="mt-1 text-sm text-muted">
        Every change to this article, newest first. Times in UTC.
      </p>
      {events.length === 0 ? (
        <p className="mt-6 text-muted">No changes recorded yet.</p>
      ) : (
        // A list rather than a table: on a phone each change reads top to bottom.
        <ol
          aria-label="Changes to this article"
          className="mt-6 divide-y divide-rule border-y border-rule text-sm"
        >
          {events.map((event) => (
            <li key={event.id} className="grid gap-x-6 gap-y-1 py-3 sm:grid-cols-[13rem_1fr]">
              <p className="text-muted">
                <time dateTime={event.at.toISOString()}>
                  {formatDateTimeWithSecondsUtc(event.at)}
                </time>
                <br />
                {event.actor ?? "System"}
              </p>
              <div className="min-w-0">
                <p className="font-medium">{event.summary}</p>
                <ul className="mt-0.5 space-y-0.5" aria-label="Before → after">
                  {event.changes.map((change) => (
                    <li key={change} className="break-words">
                      {change}
                    </li>
                  ))}
                </ul>
                {event.replaced ? (
                  <ReplacedText eventId={event.id} replaced={event.replaced} />
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
