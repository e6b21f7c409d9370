import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/app/_components/pagination";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { KindIcon } from "@/app/_components/kind-icon";
import { getDb } from "@/db/client";
import { getPublicSpeaker } from "@/db/queries/speakers-public";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { formatDate } from "@/lib/format/dates";
import { SPEAKER_TYPE_LABELS } from "@/lib/format/labels";

const PER_PAGE = 20;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
interface Props {
  params: Promise<{ slug: string }>;
  searchParams: SearchParams;
}

/** One load per request, shared by the metadata and the page. */
const loadSpeaker = cache((slug: string, page: number) =>
  getPublicSpeaker(getDb(), slug, { page, perPage: PER_PAGE }),
);

async function readPage(searchParams: SearchParams): Promise<number> {
  const value = (await searchParams).page;
  const raw = (Array.isArray(value) ? value[0] : value) ?? "";
  return /^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
}

function pageHref(slug: string, page: number): string {
  return page > 1 ? `/speakers/${slug}?page=${page}` : `/speakers/${slug}`;
}

function annotationCount(total: number): string {
  return total === 1 ? "1 annotation" : `${total} annotations`;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const { slug } = await params;
  const page = await readPage(searchParams);
  const found = await loadSpeaker(slug, page);
  if (!found || found.total === 0) return { title: "Speaker not found" };
  const { speaker, total } = found;
  const title = page > 1 ? `${speaker.name}, page ${page}` : speaker.name;
  const description = `${speaker.name}${speaker.description ? `, ${speaker.description}` : ""}: ${annotationCount(total)} in published articles, with what each one says.`;
  const url = pageHref(speaker.slug, page);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, type: "website", siteName: "Claimmark" },
  };
}

export default async function SpeakerPage({ params, searchParams }: Props) {
  await connection();
  const { slug } = await params;
  const page = await readPage(searchParams);
  const found = await loadSpeaker(slug, page);
  // Someone named only in unpublished drafts (say, in an allegation) has no public page.
  if (!found || found.total === 0) notFound();
  const { speaker, total, annotations } = found;
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));

  return (
    <>
      <header className="max-w-[42rem]">
        <h1 className="font-serif text-3xl leading-tight font-semibold tracking-tight sm:text-4xl">
          {speaker.name}
        </h1>
        <p className="mt-2 text-sm font-medium tracking-wide text-muted uppercase">
          {SPEAKER_TYPE_LABELS[speaker.type]}
        </p>
        {speaker.description ? <p className="mt-2 text-lg">{speaker.description}</p> : null}
      </header>

      <section className="mt-10">
        <h2 id="speaker-annotations" className="text-xl font-semibold">
          {annotationCount(total)} in published articles
        </h2>
        {total === 0 ? (
          <p className="mt-4 text-muted">
            Nothing attributed to {speaker.name} has been published yet.
          </p>
        ) : annotations.length === 0 ? (
          <p className="mt-4 text-muted">
            There is no page {page}.{" "}
            <Link
              href={pageHref(speaker.slug, 1)}
              className="text-ink underline underline-offset-2"
            >
              Go to the first page
            </Link>
          </p>
        ) : (
          <ol
            aria-labelledby="speaker-annotations"
            className="mt-4 divide-y divide-rule border-y border-rule"
          >
            {annotations.map((annotation) => (
              <li key={`${annotation.articleSlug}/${annotation.annotationId}`} className="py-6">
                <p className="flex items-center gap-2 text-sm font-medium">
                  <KindIcon kind={annotation.kind} />
                  {KIND_LABELS[annotation.kind].one}
                </p>
                <blockquote className="mt-3 max-w-[38rem] border-l-2 border-rule pl-4 font-serif text-lg leading-relaxed">
                  <p>{annotation.quote}</p>
                </blockquote>
                {annotation.cue ? (
                  <p className="mt-2 text-sm text-muted">
                    Attribution: <span className="italic">{annotation.cue}</span>
                  </p>
                ) : null}
                <p className="mt-2 text-sm">
                  in{" "}
                  <Link
                    href={`/a/${annotation.articleSlug}#annotation-${annotation.annotationId}`}
                    className="font-serif underline underline-offset-2 hover:decoration-2"
                  >
                    {annotation.articleTitle}
                  </Link>
                  ,{" "}
                  <time
                    dateTime={annotation.publishedAt.toISOString()}
                    className="whitespace-nowrap text-muted"
                  >
                    {formatDate(annotation.publishedAt)}
                  </time>
                </p>
              </li>
            ))}
          </ol>
        )}
        <Pagination page={page} pages={pages} href={(n) => pageHref(speaker.slug, n)} />
      </section>
    </>
  );
}
