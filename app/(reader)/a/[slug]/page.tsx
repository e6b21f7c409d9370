import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { getPublishedArticle } from "@/db/queries/articles";
import { formatDate } from "@/lib/format/dates";
import { ArticleBody } from "@/lib/render/document";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const article = await getPublishedArticle(getDb(), (await params).slug);
  return article ? { title: article.title } : { title: "Article not found" };
}

export default async function ArticlePage({ params }: Props) {
  await connection();
  const article = await getPublishedArticle(getDb(), (await params).slug);
  if (!article) notFound();
  return (
    <article className="mx-auto max-w-[38rem]">
      <h1 className="font-serif text-3xl leading-tight font-semibold tracking-tight sm:text-4xl">
        {article.title}
      </h1>
      <p className="mt-3 mb-8 text-sm text-muted">
        Published{" "}
        <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
        {article.revisionNumber > 1 ? ` · revision ${article.revisionNumber}` : null}
      </p>
      <ArticleBody doc={article.doc} />
    </article>
  );
}
