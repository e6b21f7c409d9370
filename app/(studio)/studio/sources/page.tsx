import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listDeskSources, listSourceAddresses, listSourceUses } from "@/db/queries/source-desk";
import { can, PERMISSIONS } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { likelyDuplicates } from "@/lib/sources/duplicates";
import { DeskSearch } from "../desk-search";
import { plural } from "../desk-text";
import { SourceUses } from "./source-uses";

export const metadata: Metadata = { title: "Sources" };

/** Every source of the newsroom, where it is used, and which look like the same page. */
export default async function SourcesPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[]; deleted?: string | string[] }>;
}) {
  const user = await requirePageRole("/studio/sources", PERMISSIONS.editSpeakersAndSources);
  const mayMerge = can(user.role, "mergeSpeakersAndSources");
  const params = await searchParams;
  const query = typeof params.q === "string" ? params.q.slice(0, 200) : "";
  const deleted = typeof params.deleted === "string" ? params.deleted : null;
  const db = getDb();
  const [sources, addresses] = await Promise.all([
    listDeskSources(db, { query }),
    listSourceAddresses(db),
  ]);
  const uses = await listSourceUses(
    db,
    sources.map((s) => s.id),
  );
  const duplicates = likelyDuplicates(addresses);

  return (
    <section aria-labelledby="sources-heading" className="max-w-4xl">
      <h1 id="sources-heading" className="text-2xl font-semibold">
        Sources
      </h1>
      <p className="mt-1 text-sm text-muted">
        The documents that back annotations. Fix a title or add an archived copy; editors merge two
        entries for the same page.
      </p>
      {deleted ? (
        <p role="status" className="mt-4 rounded-md border border-rule px-3 py-2 text-sm">
          Deleted “{deleted}”.
        </p>
      ) : null}
      <DeskSearch label="Search sources" query={query} hint="Title, publisher or web address." />
      {sources.length === 0 ? (
        <p className="mt-6 text-muted">
          {query ? `No source matches “${query}”.` : "No sources yet."}
        </p>
      ) : (
        <ul aria-label="Sources" className="mt-6 divide-y divide-rule border-y border-rule">
          {sources.map((source) => {
            const twins = duplicates.get(source.id) ?? [];
            const href = `/studio/sources/${source.id}`;
            return (
              <li key={source.id} className="py-4">
                <h2 className="text-lg font-semibold">
                  <Link href={href} className="hover:underline">
                    {source.title}
                  </Link>
                </h2>
                <p className="text-sm text-muted">
                  {[source.publisher, source.publishedAt].filter(Boolean).join(" · ") ||
                    "No publisher or date"}{" "}
                  · {plural(source.linkCount, "annotation")}
                </p>
                <p className="mt-1 break-all text-sm">
                  <a href={source.url} rel="noopener noreferrer nofollow" className="underline">
                    {source.url}
                  </a>
                </p>
                {twins.length > 0 ? (
                  <p className="mt-2 inline-block rounded-md border border-allegation/60 px-2 py-1 text-sm">
                    <span aria-hidden="true">⚠ </span>
                    Likely duplicate of{" "}
                    {twins.map((twin, index) => (
                      <span key={twin.id}>
                        {index > 0 ? ", " : ""}
                        <Link href={`/studio/sources/${twin.id}`} className="underline">
                          {twin.title}
                        </Link>
                      </span>
                    ))}
                    : the same page under today’s address rules.
                    {mayMerge ? (
                      <>
                        {" "}
                        <Link
                          href={`${href}?into=${twins[0]!.id}`}
                          className="font-medium underline"
                        >
                          Review merge
                        </Link>
                      </>
                    ) : null}
                  </p>
                ) : null}
                <SourceUses
                  uses={uses.filter((use) => use.sourceId === source.id)}
                  label={`Uses of ${source.title}`}
                  limit={5}
                  moreHref={href}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
