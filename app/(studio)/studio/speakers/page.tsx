import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listDeskSpeakers } from "@/db/queries/speaker-desk";
import { PERMISSIONS } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { DeskSearch } from "../desk-search";
import { plural, SPEAKER_TYPE_LABELS } from "../desk-text";

export const metadata: Metadata = { title: "Speakers" };

/** Every speaker of the newsroom, to find, fix and merge duplicates. Works without JavaScript. */
export default async function SpeakersPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[]; deleted?: string | string[] }>;
}) {
  await requirePageRole("/studio/speakers", PERMISSIONS.editSpeakersAndSources);
  const params = await searchParams;
  const query = typeof params.q === "string" ? params.q.slice(0, 200) : "";
  const deleted = typeof params.deleted === "string" ? params.deleted : null;
  const speakers = await listDeskSpeakers(getDb(), { query });

  return (
    <section aria-labelledby="speakers-heading" className="max-w-4xl">
      <h1 id="speakers-heading" className="text-2xl font-semibold">
        Speakers
      </h1>
      <p className="mt-1 text-sm text-muted">
        Who claims are attributed to across every article. Fix a name or add the names a speaker is
        also known by; editors merge duplicates.
      </p>
      {deleted ? (
        <p role="status" className="mt-4 rounded-md border border-rule px-3 py-2 text-sm">
          Deleted {deleted}.
        </p>
      ) : null}
      <DeskSearch label="Search speakers" query={query} hint="Name or alias, accents optional." />
      {speakers.length === 0 ? (
        <p className="mt-6 text-muted">
          {query ? `No speaker matches “${query}”.` : "No speakers yet."}
        </p>
      ) : (
        <ul aria-label="Speakers" className="mt-6 divide-y divide-rule border-y border-rule">
          {speakers.map((speaker) => (
            <li key={speaker.id} className="py-4">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <h2 className="text-lg font-semibold">
                  <Link href={`/studio/speakers/${speaker.id}`} className="hover:underline">
                    {speaker.name}
                  </Link>
                </h2>
                <span className="rounded-full border border-rule px-2 text-xs text-muted">
                  {SPEAKER_TYPE_LABELS[speaker.type]}
                </span>
              </div>
              {speaker.description ? <p className="mt-1">{speaker.description}</p> : null}
              {speaker.aliases.length > 0 ? (
                <p className="mt-1 text-sm">
                  <span className="text-muted">Also known as </span>
                  {speaker.aliases.join(" · ")}
                </p>
              ) : null}
              <p className="mt-1 text-sm text-muted">
                {plural(speaker.annotationCount, "annotation")} · {speaker.publishedCount} in
                published articles
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
