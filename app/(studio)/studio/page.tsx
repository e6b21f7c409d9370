import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listStudioArticles } from "@/db/queries/articles";
import { requirePageRole } from "@/lib/auth/session";
import { formatDate } from "@/lib/format/dates";
import { NewArticleButton } from "./new-article-button";

export const metadata: Metadata = { title: "Articles" };

const STATUS_LABELS = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
  archived: "Archived",
} as const;

export default async function StudioHome() {
  await requirePageRole("/studio");
  const articles = await listStudioArticles(getDb());
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">Articles</h1>
        <NewArticleButton />
      </div>
      {articles.length === 0 ? (
        <p className="mt-4 text-muted">No articles yet.</p>
      ) : (
        <table className="mt-6 w-full text-left text-sm">
          <caption className="sr-only">Articles and their status</caption>
          <thead className="border-b border-rule text-muted">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">
                Title
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Status
              </th>
              <th scope="col" className="py-2 font-medium">
                Last changed
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-rule">
            {articles.map((article) => (
              <tr key={article.id}>
                <td className="py-3 pr-4 font-serif text-base">
                  <Link href={`/studio/articles/${article.id}`} className="hover:underline">
                    {article.title || "Untitled draft"}
                  </Link>
                </td>
                <td className="py-3 pr-4">{STATUS_LABELS[article.status]}</td>
                <td className="py-3">
                  <time dateTime={article.updatedAt.toISOString()}>
                    {formatDate(article.updatedAt)}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
