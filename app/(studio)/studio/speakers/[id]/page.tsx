import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteSection } from "@/app/_components/desk-forms";
import { getDb } from "@/db/client";
import { getDeskSpeaker } from "@/db/queries/speaker-desk";
import { searchSpeakers } from "@/db/queries/speakers";
import { can, PERMISSIONS } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { versionToken } from "@/lib/version-token";
import { plural, SPEAKER_TYPE_LABELS } from "../../desk-text";
import { MergeSection } from "../../merge-section";
import { deleteSpeakerAction, mergeSpeakersAction } from "../actions";
import { SpeakerForm } from "./speaker-form";

export const metadata: Metadata = { title: "Speaker" };

type Params = { target?: string | string[]; into?: string | string[]; merged?: string | string[] };
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/** One speaker: edit it; editors and admins also merge it into another or delete it. */
export default async function SpeakerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Params>;
}) {
  const { id } = await params;
  const user = await requirePageRole(`/studio/speakers/${id}`, PERMISSIONS.editSpeakersAndSources);
  const db = getDb();
  const speaker = await getDeskSpeaker(db, id);
  if (!speaker) notFound();
  const query = await searchParams;
  const mayMerge = can(user.role, "mergeSpeakersAndSources");
  const merged = /^\d+$/.test(one(query.merged)) ? Number(one(query.merged)) : null;

  return (
    <div className="max-w-3xl">
      <Link href="/studio/speakers" className="text-sm hover:underline">
        ← All speakers
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">{speaker.name}</h1>
      <p className="mt-1 text-sm text-muted">
        {SPEAKER_TYPE_LABELS[speaker.type]} · {plural(speaker.annotationCount, "annotation")} ·{" "}
        {speaker.publishedCount} in published articles
      </p>
      {merged !== null ? (
        <p role="status" className="mt-4 rounded-md border border-rule px-3 py-2 text-sm">
          Merged: {plural(merged, "annotation")} moved to {speaker.name}.
        </p>
      ) : null}

      <section aria-labelledby="edit-heading" className="mt-8">
        <h2 id="edit-heading" className="text-lg font-semibold">
          Edit speaker
        </h2>
        <SpeakerForm speaker={speaker} version={versionToken(speaker.updatedAt)} />
      </section>

      {mayMerge ? (
        <>
          <SpeakerMerge
            speaker={speaker}
            target={one(query.target).slice(0, 200)}
            intoId={one(query.into)}
          />
          <DeleteSection
            label="Delete speaker"
            id={speaker.id}
            action={deleteSpeakerAction}
            unusedMessage={`Nothing is attributed to ${speaker.name}.`}
            inUseMessage={
              speaker.annotationCount === 0
                ? null
                : `${speaker.name} is attributed in ${plural(speaker.annotationCount, "annotation")}, so it cannot be deleted. Merge it into another speaker instead.`
            }
          />
        </>
      ) : null}
    </div>
  );
}

/** The speaker desk's merge: candidates from the search, the chosen survivor's consequences. */
async function SpeakerMerge({
  speaker,
  target,
  intoId,
}: {
  speaker: { id: string; name: string; annotationCount: number };
  target: string;
  intoId: string;
}) {
  const db = getDb();
  const candidates = target
    ? (await searchSpeakers(db, target, 21)).filter((s) => s.id !== speaker.id).slice(0, 20)
    : [];
  const into = intoId && intoId !== speaker.id ? await getDeskSpeaker(db, intoId) : null;
  return (
    <MergeSection
      noun="speaker"
      intro={
        <>
          For a duplicate: every annotation moves to the speaker you choose, and {speaker.name}{" "}
          becomes one of its aliases. Published articles keep the speaker as published; the public
          page of {speaker.name} then leads to the chosen speaker.
        </>
      }
      target={target}
      candidates={candidates.map((c) => ({
        id: c.id,
        label: c.description ? `${c.name} — ${c.description}` : c.name,
      }))}
      chosenId={into?.id ?? null}
      confirm={
        into && {
          says: (
            <>
              <p className="font-medium">
                Move {plural(speaker.annotationCount, "annotation")} from {speaker.name} to{" "}
                {into.name}; {speaker.name} becomes an alias of {into.name}.
              </p>
              <p className="mt-1 text-sm text-muted">
                {speaker.name} is then deleted from the speaker list. This cannot be undone.
              </p>
            </>
          ),
          action: mergeSpeakersAction,
          fields: { fromId: speaker.id, intoId: into.id },
        }
      }
    />
  );
}
