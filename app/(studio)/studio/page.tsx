import type { Metadata } from "next";
import Link from "next/link";
import { KindIcon } from "@/app/_components/kind-icon";
import { UnpublishedChangesBadge } from "@/app/_components/unpublished-changes";
import { getDb } from "@/db/client";
import { ANNOTATION_KINDS, ARTICLE_STATUSES, isOneOf } from "@/db/enums";
import { listDashboard } from "@/lib/articles/dashboard";
import { STATUS_LABELS } from "@/lib/articles/status";
import { requirePageRole } from "@/lib/auth/session";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { formatDateTimeUtc } from "@/lib/format/dates";
import { searchTerm } from "@/lib/text/characters";
import { ImportDialog } from "./import-dialog";
import { NewArticleButton } from "./new-article-button";

export const metadata: Metadata = { title: "Articles" };

/** The status filter's value for published articles changed since their publication. */
const CHANGED_SINCE_PUBLISHED = "changed";

/** The assignee filter's values: the signed-in person, or nobody. */
const ASSIGNEE_OPTIONS = { me: "Assigned to me", none: "Unassigned" } as const;

interface Props {
  searchParams: Promise<{ status?: string; q?: string | string[]; assignee?: string }>;
}

export default async function StudioHome({ searchParams }: Props) {
  const user = await requirePageRole("/studio");
  const params = await searchParams;
  const status = isOneOf(ARTICLE_STATUSES, params.status) ? params.status : undefined;
  const unpublishedChanges = params.status === CHANGED_SINCE_PUBLISHED;
  const query = searchTerm(params.q);
  const assignee = params.assignee === "me" || params.assignee === "none" ? params.assignee : "";
  const assigneeId = assignee === "me" ? user.id : assignee === "none" ? null : undefined;
  const rows = await listDashboard(getDb(), { status, unpublishedChanges, query, assigneeId });

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">Articles</h1>
        <div className="flex flex-wrap items-start gap-3">
          <ImportDialog />
          <NewArticleButton />
        </div>
      </div>
      <form
        method="get"
        className="mt-6 flex flex-wrap items-end gap-3"
        role="search"
        aria-label="Filter articles"
      >
        <div>
          <label htmlFor="filter-status" className="block text-sm font-medium">
            Status
          </label>
          <select
            id="filter-status"
            name="status"
            defaultValue={unpublishedChanges ? CHANGED_SINCE_PUBLISHED : (status ?? "")}
            className="mt-1 rounded-md border border-rule bg-transparent px-3 py-2 text-sm"
          >
            <option value="">All</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
            <option value={CHANGED_SINCE_PUBLISHED}>Published, with unpublished changes</option>
          </select>
        </div>
        <div>
          <label htmlFor="filter-assignee" className="block text-sm font-medium">
            Assignee
          </label>
          <select
            id="filter-assignee"
            name="assignee"
            defaultValue={assignee}
            className="mt-1 rounded-md border border-rule bg-transparent px-3 py-2 text-sm"
          >
            <option value="">Anyone</option>
            {Object.entries(ASSIGNEE_OPTIONS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-56 flex-1">
          <label htmlFor="filter-q" className="block text-sm font-medium">
            Search titles
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={query}
            className="mt-1 w-full rounded-md border border-rule bg-transparent px-3 py-2 text-sm"
          />
        </div>
        <button
          type="submit"
          className="rounded-md border border-rule px-4 py-2 text-sm font-medium hover:bg-rule/40"
        >
          Filter
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="mt-6 text-muted">
          {status || unpublishedChanges || query || assignee
            ? "No articles match."
            : "No articles yet."}
        </p>
      ) : (
        // relative: the cells' screen-reader-only labels scroll with the table instead of
        // widening the page.
        <div className="relative mt-6 overflow-x-auto">
          <table className="w-full min-w-[52rem] text-left text-sm">
            <caption className="sr-only">
              Articles with their status, assignee, annotations and open problems
            </caption>
            <thead className="border-b border-rule text-muted">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Title
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Status
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Assigned to
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Annotations
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Publish check
                </th>
                <th scope="col" className="py-2 font-medium">
                  Last change
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-rule">
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="py-3 pr-4 font-serif text-base">
                    <Link href={`/studio/articles/${row.id}`} className="hover:underline">
                      {row.title || "Untitled draft"}
                    </Link>
                  </td>
                  <td className="py-3 pr-4">
                    <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
                      {STATUS_LABELS[row.status]}
                      {row.unpublishedChanges ? <UnpublishedChangesBadge /> : null}
                    </span>
                  </td>
                  <td className="py-3 pr-4">{row.assignee ?? "—"}</td>
                  <td className="py-3 pr-4">
                    <span className="flex gap-3">
                      {ANNOTATION_KINDS.map((kind) => (
                        <span
                          key={kind}
                          className="flex items-center gap-1"
                          title={KIND_LABELS[kind].many}
                        >
                          <KindIcon kind={kind} />
                          <span className="sr-only">{KIND_LABELS[kind].many}:</span>
                          {row.counts[kind]}
                        </span>
                      ))}
                    </span>
                  </td>
                  <td className="py-3 pr-4">
                    {row.problems === 0
                      ? "Passes"
                      : `${row.problems} problem${row.problems === 1 ? "" : "s"}`}
                  </td>
                  <td className="py-3">
                    {row.lastEditor ?? "—"},{" "}
                    <time dateTime={row.updatedAt.toISOString()}>
                      {formatDateTimeUtc(row.updatedAt)}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
