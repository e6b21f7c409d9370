import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { DetailsPopover } from "@/app/_components/reader/details-popover";
import { KindFilter } from "@/app/_components/reader/kind-filter";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/editor/kinds";
import { plainText } from "@/lib/editor/anchors";
import { parseDocument } from "@/lib/editor/schema";
import { formatDate } from "@/lib/format/dates";
import { publishedArticle } from "@/lib/reader/cache";
import { ArticleBody } from "@/lib/render/document";
import { shownKinds } from "@/lib/render/kind-filter";
import { Notes, WhoSaidWhat } from "@/lib/render/notes";
import { readerAnnotations } from "@/lib/render/reader-model";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ filter?: string; show?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { slug } = await params;
  const article = await publishedArticle(slug);
  if (!article) return { title: "Article not found" };
  const text = plainText(parseDocument(article.doc)).replace(/\s+/g, " ");
  const description = text.length > 200 ? `${text.slice(0, 197)}…` : text;
  return {
    title: article.title,
    description,
    alternates: { canonical: `/a/${slug}` },
    openGraph: {
      title: article.title,
      description,
      url: `/a/${slug}`,
      type: "article",
      publishedTime: article.publishedAt.toISOString(),
    },
  };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  await connection();
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const article = await publishedArticle(slug);
  if (!article) notFound();
  const annotations = readerAnnotations(article);
  const counts = Object.fromEntries(
    ANNOTATION_KINDS.map((kind) => [kind, annotations.filter((a) => a.kind === kind).length]),
  ) as Record<AnnotationKind, number>;
  const shown = shownKinds(query);
  const hidden = ANNOTATION_KINDS.filter((kind) => !shown.includes(kind));

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,38rem)_16rem] lg:justify-between">
      <article id="article" data-hide={hidden.join(" ")} className="min-w-0">
        <h1 className="font-serif text-3xl leading-tight font-semibold tracking-tight sm:text-4xl">
          {article.title}
        </h1>
        <p className="mt-3 mb-8 text-sm text-muted">
          Published{" "}
          <time dateTime={article.publishedAt.toISOString()}>
            {formatDate(article.publishedAt)}
          </time>
          {article.revisionNumber > 1 ? ` · revision ${article.revisionNumber}` : null}
          {annotations.length > 0 ? ` · ${annotations.length} annotated passages` : null}
        </p>
        <ArticleBody doc={article.doc} annotations={annotations} />
        <DetailsPopover containerId="article" />
        <WhoSaidWhat annotations={annotations} />
        <Notes annotations={annotations} />
      </article>
      <aside className="no-print order-first lg:order-none">
        <div className="lg:sticky lg:top-6">
          <KindFilter counts={counts} initiallyShown={shown} targetId="article" />
          <p className="mt-3 text-xs text-muted">
            Select a highlighted passage to see its kind, who said it and what backs it.
          </p>
        </div>
      </aside>
    </div>
  );
}
