import Link from "next/link";
import type { SourceUse } from "@/db/queries/source-desk";

/** Where a source is used: each annotation it backs, linking to its span in the editor. */
export function SourceUses({
  uses,
  label,
  limit,
  moreHref,
}: {
  uses: readonly SourceUse[];
  label: string;
  limit?: number;
  moreHref?: string;
}) {
  if (uses.length === 0) return <p className="mt-2 text-sm text-muted">Not used yet.</p>;
  const shown = limit ? uses.slice(0, limit) : uses;
  return (
    <>
      <ul aria-label={label} className="mt-2 space-y-1 text-sm">
        {shown.map((use) => (
          <li key={`${use.sourceId}-${use.annotationId}`}>
            <Link
              href={`/studio/articles/${use.articleId}#annotation-${use.annotationId}`}
              className="underline decoration-rule underline-offset-2 hover:decoration-current"
            >
              “{use.quote.trim() || "(text deleted)"}”
            </Link>{" "}
            <span className="text-muted">in {use.articleTitle || "Untitled article"}</span>
          </li>
        ))}
      </ul>
      {moreHref && shown.length < uses.length ? (
        <p className="mt-1 text-sm">
          <Link href={moreHref} className="hover:underline">
            and {uses.length - shown.length} more
          </Link>
        </p>
      ) : null}
    </>
  );
}
