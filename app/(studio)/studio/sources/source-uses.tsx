import Link from "next/link";
import type { SourceUse } from "@/db/queries/source-desk";

/** The uses by article, in the order they come (grouped by article already). */
function byArticle(uses: readonly SourceUse[]): SourceUse[][] {
  const groups: SourceUse[][] = [];
  for (const use of uses) {
    const last = groups.at(-1);
    if (last && last[0]!.articleId === use.articleId) last.push(use);
    else groups.push([use]);
  }
  return groups;
}

/**
 * Where a source is used: each article, and in it each annotation the source backs, linking
 * to its span in the editor.
 */
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
      <ul aria-label={label} className="mt-2 space-y-2 text-sm">
        {byArticle(shown).map((group) => (
          <li key={group[0]!.articleId}>
            <span className="text-muted">In {group[0]!.articleTitle || "Untitled article"}:</span>
            <ul className="mt-0.5 space-y-0.5 border-l border-rule pl-3">
              {group.map((use) => (
                <li key={use.annotationId}>
                  <Link
                    href={`/studio/articles/${use.articleId}#annotation-${use.annotationId}`}
                    className="underline decoration-rule underline-offset-2 hover:decoration-current"
                  >
                    “{use.quote.trim() || "(text deleted)"}”
                  </Link>
                </li>
              ))}
            </ul>
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
