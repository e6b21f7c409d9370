import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { listPublishedArticles } from "@/db/queries/articles";
import { formatDate } from "@/lib/format/dates";

export default async function HomePage() {
  await connection();
  const articles = await listPublishedArticles(getDb());
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold tracking-tight">Published articles</h1>
      {articles.length === 0 ? (
        <p className="mt-6 text-muted">Nothing has been published yet.</p>
      ) : (
        <ul
          className="mt-6 divide-y divide-rule border-y border-rule"
          aria-label="Published articles"
        >
          {articles.map((article) => (
            <li key={article.slug} className="py-5">
              <Link
                href={`/a/${article.slug}`}
                className="font-serif text-2xl leading-snug font-semibold hover:underline"
              >
                {article.title}
              </Link>
              <p className="mt-1 text-sm text-muted">
                Published{" "}
                <time dateTime={article.publishedAt.toISOString()}>
                  {formatDate(article.publishedAt)}
                </time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
