import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { DetailsPopover } from "@/app/_components/reader/details-popover";
import { KindFilter } from "@/app/_components/reader/kind-filter";
import { ANNOTATION_KINDS } from "@/db/enums";
import { exportPath } from "@/lib/exports/web-annotation";
import { formatDate } from "@/lib/format/dates";
import { readerPage } from "@/lib/reader/page";
import { shownKinds } from "@/lib/render/kind-filter";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ filter?: string; show?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { slug } = await params;
  const page = await readerPage(slug);
  if (!page) return { title: "Article not found" };
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: `/a/${slug}` },
    openGraph: {
      title: page.title,
      description: page.description,
      url: `/a/${slug}`,
      type: "article",
      publishedTime: page.publishedAt.toISOString(),
    },
  };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  await connection();
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const page = await readerPage(slug);
  if (!page) notFound();
  const shown = shownKinds(query);
  const hidden = ANNOTATION_KINDS.filter((kind) => !shown.includes(kind));

  // The article, its notes and "Who said what" arrive as HTML strings built by lib/render, where
  // every user-entered string is escaped: a long article renders many times faster that way.
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,38rem)_16rem] lg:justify-between">
      <article id="article" data-hide={hidden.join(" ")} className="min-w-0">
        <h1 className="font-serif text-3xl leading-tight font-semibold tracking-tight sm:text-4xl">
          {page.title}
        </h1>
        <p className="mt-3 mb-8 text-sm text-muted">
          Published{" "}
          <time dateTime={page.publishedAt.toISOString()}>{formatDate(page.publishedAt)}</time>
          {page.revisionNumber > 1 ? ` · revision ${page.revisionNumber}` : null}
          {page.annotationCount > 0 ? ` · ${page.annotationCount} annotated passages` : null}
        </p>
        <div dangerouslySetInnerHTML={{ __html: page.bodyHtml }} />
        <DetailsPopover containerId="article" />
        <div dangerouslySetInnerHTML={{ __html: page.whoSaidWhatHtml }} />
        <div dangerouslySetInnerHTML={{ __html: page.notesHtml }} />
      </article>
      <aside className="no-print order-first lg:order-none">
        <div className="lg:sticky lg:top-6">
          <KindFilter counts={page.counts} initiallyShown={shown} targetId="article" />
          <p className="mt-3 text-xs text-muted">
            Select a highlighted passage to see its kind, who said it and what backs it.
          </p>
          <p className="mt-3 text-xs">
            {/* A file, not a page: a plain link, never prefetched or routed on the client. */}
            <a
              href={exportPath(slug)}
              download
              className="text-muted underline underline-offset-2 hover:text-ink"
            >
              Download annotations (JSON)
            </a>
          </p>
        </div>
      </aside>
    </div>
  );
}
