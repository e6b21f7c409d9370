import type { Metadata } from "next";
import Link from "next/link";
import { KindIcon } from "@/app/_components/kind-icon";
import { MarkedText } from "@/app/_components/marked-text";
import { getDb } from "@/db/client";
import type { StudioSearchHit } from "@/db/queries/search";
import { STATUS_LABELS } from "@/lib/articles/status";
import { requirePageRole } from "@/lib/auth/session";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { hasMarks, matchCount, quotedSearch, wholeWords } from "@/lib/search/marked-text";
import { runStudioSearch, type StudioSearchForm as Form } from "@/lib/search/studio-search";
import { StudioSearchForm } from "./search-form";

export const metadata: Metadata = { title: "Search" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** This search's address on another page. */
function pageHref(form: Form, page: number): string {
  const params = new URLSearchParams(Object.entries(form).filter(([, value]) => value !== ""));
  if (page > 1) params.set("page", String(page));
  return `/studio/search?${params}`;
}

function Hit({ hit }: { hit: StudioSearchHit }) {
  const quote = (
    <>
      {hit.prefix ? (
        <span className="text-muted">
          …<MarkedText headline={wholeWords(hit.prefix, "prefix")} />
        </span>
      ) : null}
      <span className="font-semibold">
        <MarkedText headline={hit.quote} />
      </span>
      {hit.suffix ? (
        <span className="text-muted">
          <MarkedText headline={wholeWords(hit.suffix, "suffix")} />…
        </span>
      ) : null}
    </>
  );
  return (
    <li className="py-4">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="flex items-center gap-1 font-medium">
          <KindIcon kind={hit.kind} />
          {KIND_LABELS[hit.kind].one}
        </span>
        <span>{hit.speakerName ?? "No speaker"}</span>
        {hit.verdictLabel ? <span>Verdict: {hit.verdictLabel}</span> : null}
        {hit.detached ? (
          <span className="rounded border border-amber-600/60 px-1.5 text-xs">
            Detached: its text was deleted
          </span>
        ) : null}
      </p>
      <p className="mt-2 font-serif text-lg leading-relaxed">
        <Link
          href={`/studio/articles/${hit.articleId}#annotation-${hit.annotationId}`}
          className="hover:underline"
        >
          {quote}
        </Link>
      </p>
      {hasMarks(hit.note) ? (
        <p className="mt-1 text-sm text-muted">
          Note: <MarkedText headline={hit.note} />
        </p>
      ) : null}
      <p className="mt-1 text-sm text-muted">
        In “{hit.articleTitle || "Untitled draft"}” · {STATUS_LABELS[hit.articleStatus]}
      </p>
    </li>
  );
}

export default async function StudioSearchPage({ searchParams }: Props) {
  await requirePageRole("/studio/search");
  const outcome = await runStudioSearch(getDb(), await searchParams);
  const { state, hits, total, page, pages, form } = outcome;
  let message: string | null = null;
  if (state === "empty") message = "Type words to search for, then choose Search.";
  else if (state === "no-words")
    message = `${quotedSearch(form.q.trim())} has only words too common to search for. Add a more specific word.`;
  else if (Object.keys(outcome.fieldErrors).length > 0)
    message = "Fix the search as the message beside its field says, then search again.";
  else if (total === 0 && page === 1) message = `Nothing matches ${quotedSearch(form.q.trim())}.`;

  return (
    <>
      <h1 className="text-2xl font-semibold">Search</h1>
      <p className="mt-1 text-sm text-muted">
        Every annotation in every article, drafts and detached ones included.
      </p>
      <StudioSearchForm outcome={outcome} />
      <section aria-label="Results" className="mt-8">
        {message ? (
          <p role="status" className="text-muted">
            {message}
          </p>
        ) : hits.length === 0 ? (
          <p role="status" className="text-muted">
            There is no page {page}.{" "}
            <Link href={pageHref(form, 1)} className="underline">
              Go to the first page
            </Link>
          </p>
        ) : (
          <>
            <p role="status" className="text-sm text-muted">
              {matchCount(total)} {quotedSearch(form.q.trim())}
            </p>
            <ol className="mt-3 divide-y divide-rule border-y border-rule">
              {hits.map((hit) => (
                <Hit key={hit.annotationId} hit={hit} />
              ))}
            </ol>
            {pages > 1 ? (
              <nav
                aria-label="Pages"
                className="mt-6 flex items-center justify-between gap-4 text-sm"
              >
                {page > 1 ? (
                  <Link href={pageHref(form, page - 1)} rel="prev" className="underline">
                    Previous
                  </Link>
                ) : (
                  <span />
                )}
                <p className="text-muted">
                  Page {page} of {pages}
                </p>
                {page < pages ? (
                  <Link href={pageHref(form, page + 1)} rel="next" className="underline">
                    Next
                  </Link>
                ) : (
                  <span />
                )}
              </nav>
            ) : null}
          </>
        )}
      </section>
    </>
  );
}
