"use client";

import Link from "next/link";
import { ImportDialog } from "../../../import-dialog";

/**
 * Where the article's text can come from besides typing: an empty article can be filled from
 * a web page; one with text can take a revised version, its annotations carried over.
 */
export function TextSourceBar({
  articleId,
  hasText,
  flush,
}: {
  articleId: string;
  hasText: boolean;
  flush: () => Promise<unknown>;
}) {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
      {hasText ? (
        <Link
          href={`/studio/articles/${articleId}/new-version`}
          className="font-medium text-accent underline-offset-2 hover:underline"
        >
          Replace text with a new version
        </Link>
      ) : (
        <>
          <span className="text-muted">Checking a story published elsewhere?</span>
          <ImportDialog articleId={articleId} beforeImport={flush} />
        </>
      )}
    </div>
  );
}
