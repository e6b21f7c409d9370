import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/app/_components/pagination";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { listPublicSpeakers } from "@/db/queries/speakers-public";
import { describeKindCounts, SPEAKER_TYPE_LABELS } from "@/lib/format/labels";
import { searchTerm } from "@/lib/text/characters";

const PER_PAGE = 30;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
interface Props {
  searchParams: SearchParams;
}

/** The search and page asked for; a malformed page number is page 1. */
async function readParams(searchParams: SearchParams): Promise<{ query: string; page: number }> {
  const params = await searchParams;
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value) ?? "";
  const query = searchTerm(params.q);
  const raw = first(params.page);
  const page = /^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
  return { query, page };
}

function pageHref(query: string, page: number): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/speakers?${search}` : "/speakers";
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query, page } = await readParams(searchParams);
  const title = query
    ? `Speakers matching “${query}”`
    : page > 1
      ? `Speakers, page ${page}`
      : "Speakers";
  const description =
    "People and organizations quoted in Claimmark’s published articles, with everything attributed to them.";
  // Search results are not a page of their own: they point at the list and stay out of indexes.
  const canonical = pageHref("", query ? 1 : page);
  return {
    title,
    description,
    alternates: { canonical },
    ...(query ? { robots: { index: false, follow: true } } : {}),
    openGraph: { title, description, url: canonical, type: "website", siteName: "Claimmark" },
  };
}

export default async function SpeakersPage({ searchParams }: Props) {
  await connection();
  const { query, page } = await readParams(searchParams);
  const { speakers, total } = await listPublicSpeakers(getDb(), {
    query,
    page,
    perPage: PER_PAGE,
  });
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));

  return (
    <>
      <h1 className="font-serif text-3xl font-semibold tracking-tight">Speakers</h1>
      <p className="mt-2 max-w-[42rem] text-muted">
        People and organizations quoted in published articles, most quoted first.
      </p>

      <form
        method="get"
        action="/speakers"
        role="search"
        aria-label="Find a speaker"
        className="mt-6 flex flex-wrap items-end gap-3"
      >
        <div className="min-w-56 flex-1 sm:max-w-md">
          <label htmlFor="speaker-search" className="block text-sm font-medium">
            Search speakers
          </label>
          <input
            id="speaker-search"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={200}
            autoComplete="off"
            className="mt-1 w-full rounded-md border border-rule bg-transparent px-3 py-2"
          />
        </div>
        <button
          type="submit"
          className="rounded-md border border-rule px-4 py-2 font-medium hover:bg-rule/40"
        >
          Search
        </button>
      </form>

      {total === 0 ? (
        <p className="mt-8 text-muted">
          {query ? (
            <>
              No speakers match “{query}”.{" "}
              <Link href="/speakers" className="text-ink underline underline-offset-2">
                Show all speakers
              </Link>
            </>
          ) : (
            "Nobody has been quoted in a published article yet."
          )}
        </p>
      ) : speakers.length === 0 ? (
        <p className="mt-8 text-muted">
          There is no page {page}.{" "}
          <Link href={pageHref(query, 1)} className="text-ink underline underline-offset-2">
            Go to the first page
          </Link>
        </p>
      ) : (
        <>
          <p className="mt-8 text-sm text-muted">
            {total === 1 ? "1 speaker" : `${total} speakers`}
            {query ? ` matching “${query}”` : null}
          </p>
          <ul className="mt-3 divide-y divide-rule border-y border-rule" aria-label="Speakers">
            {speakers.map((speaker) => (
              <li
                key={speaker.slug}
                className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 py-4"
              >
                <div className="min-w-0">
                  <Link
                    href={`/speakers/${speaker.slug}`}
                    className="font-serif text-xl font-semibold hover:underline"
                  >
                    {speaker.name}
                  </Link>
                  <p className="mt-1 text-sm text-muted">
                    {SPEAKER_TYPE_LABELS[speaker.type]}
                    {speaker.description ? ` · ${speaker.description}` : null}
                  </p>
                </div>
                <p className="text-sm whitespace-nowrap">{describeKindCounts(speaker.counts)}</p>
              </li>
            ))}
          </ul>
          <Pagination page={page} pages={pages} href={(n) => pageHref(query, n)} />
        </>
      )}
    </>
  );
}
