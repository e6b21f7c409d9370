import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import { connection } from "next/server";
import { KindIcon } from "@/app/_components/kind-icon";
import { getDb } from "@/db/client";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/db/enums";
import { listPublishedArticleCards } from "@/db/queries/reader";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { formatDate } from "@/lib/format/dates";

const TITLE = "Published articles";
const DESCRIPTION =
  "News articles with every official claim, allegation and verified fact marked, attributed and sourced.";

export const metadata: Metadata = {
  title: TITLE,
  description: DESCRIPTION,
  alternates: { canonical: "/" },
  openGraph: {
    title: TITLE,
    description: DESCRIPTION,
    url: "/",
    type: "website",
    siteName: "Claimmark",
  },
};

/** "6 official claims", "1 allegation". */
function kindCount(kind: AnnotationKind, count: number): string {
  const label = count === 1 ? KIND_LABELS[kind].one : KIND_LABELS[kind].many;
  return `${count} ${label.toLowerCase()}`;
}

export default async function HomePage() {
  await connection();
  const articles = await listPublishedArticleCards(getDb());
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
            <li key={article.slug} className="py-6">
              <Link
                href={`/a/${article.slug}`}
                className="font-serif text-2xl leading-snug font-semibold hover:underline"
              >
                {article.title}
              </Link>
              {article.description ? (
                <p className="mt-2 max-w-[42rem] font-serif text-lg leading-relaxed">
                  {article.description}
                </p>
              ) : null}
              <p className="mt-3 text-sm text-muted">
                Published{" "}
                <time dateTime={article.publishedAt.toISOString()}>
                  {formatDate(article.publishedAt)}
                </time>
              </p>
              <p className="mt-1 text-sm">
                {ANNOTATION_KINDS.map((kind, i) => (
                  <Fragment key={kind}>
                    {i > 0 ? " · " : null}
                    <span className="inline-flex items-center gap-1 whitespace-nowrap">
                      <KindIcon kind={kind} />
                      {kindCount(kind, article.counts[kind])}
                    </span>
                  </Fragment>
                ))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
