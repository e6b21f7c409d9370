import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteSection } from "@/app/_components/desk-forms";
import { getDb } from "@/db/client";
import {
  countSharedAnnotations,
  getDeskSource,
  listSourceAddresses,
  listSourceUses,
} from "@/db/queries/source-desk";
import { searchSources } from "@/db/queries/sources";
import { can, PERMISSIONS } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { likelyDuplicates } from "@/lib/sources/duplicates";
import { versionToken } from "@/lib/version-token";
import { plural } from "../../desk-text";
import { MergeSection } from "../../merge-section";
import { deleteSourceAction, mergeSourcesAction } from "../actions";
import { SourceUses } from "../source-uses";
import { SourceForm } from "./source-form";

export const metadata: Metadata = { title: "Source" };

type Params = Record<"target" | "into" | "moved" | "kept", string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");
const count = (value: string) => (/^\d+$/.test(value) ? Number(value) : null);

/** One source: edit it, see where it is used; editors and admins also merge or delete it. */
export default async function SourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Params>;
}) {
  const { id } = await params;
  const user = await requirePageRole(`/studio/sources/${id}`, PERMISSIONS.editSpeakersAndSources);
  const db = getDb();
  const source = await getDeskSource(db, id);
  if (!source) notFound();
  const query = await searchParams;
  const uses = await listSourceUses(db, [source.id]);
  const mayMerge = can(user.role, "mergeSpeakersAndSources");
  const moved = count(one(query.moved));
  const kept = count(one(query.kept)) ?? 0;

  return (
    <div className="max-w-3xl">
      <Link href="/studio/sources" className="text-sm hover:underline">
        ← All sources
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">{source.title}</h1>
      <p className="mt-1 break-all text-sm">
        <a href={source.url} rel="noopener noreferrer nofollow" className="underline">
          {source.url}
        </a>
      </p>
      {moved !== null ? (
        <p role="status" className="mt-4 rounded-md border border-rule px-3 py-2 text-sm">
          Merged: {plural(moved, "link")} moved to this source
          {kept > 0
            ? `; ${plural(kept, "annotation")} backed by both kept this source’s link only`
            : ""}
          .
        </p>
      ) : null}

      <section aria-labelledby="uses-heading" className="mt-8">
        <h2 id="uses-heading" className="text-lg font-semibold">
          Where it is used
        </h2>
        <SourceUses uses={uses} label="Annotations backed by this source" />
      </section>

      <section aria-labelledby="edit-heading" className="mt-8">
        <h2 id="edit-heading" className="text-lg font-semibold">
          Edit source
        </h2>
        <SourceForm source={source} version={versionToken(source.updatedAt)} />
      </section>

      {mayMerge ? (
        <>
          <SourceMerge
            source={source}
            target={one(query.target).slice(0, 200)}
            intoId={one(query.into)}
          />
          <DeleteSection
            label="Delete source"
            id={source.id}
            action={deleteSourceAction}
            unusedMessage="No annotation links this source."
            inUseMessage={
              source.linkCount === 0
                ? null
                : `This source backs ${plural(source.linkCount, "annotation")}, so it cannot be deleted. Merge it into another source instead.`
            }
          />
        </>
      ) : null}
    </div>
  );
}

/** The source desk's merge: likely duplicates and search results, the survivor's consequences. */
async function SourceMerge({
  source,
  target,
  intoId,
}: {
  source: { id: string; title: string; linkCount: number };
  target: string;
  intoId: string;
}) {
  const db = getDb();
  const twins = likelyDuplicates(await listSourceAddresses(db)).get(source.id) ?? [];
  const found = target ? await searchSources(db, target, 21) : [];
  // Likely duplicates first, then what the search found, each once.
  const candidates = [...twins, ...found]
    .filter((s, i, all) => s.id !== source.id && all.findIndex((o) => o.id === s.id) === i)
    .slice(0, 20);
  const into = intoId && intoId !== source.id ? await getDeskSource(db, intoId) : null;
  const shared = into ? await countSharedAnnotations(db, source.id, into.id) : 0;
  return (
    <MergeSection
      noun="source"
      intro="For two entries of the same page: every link moves to the source you choose, and this address then finds it when someone adds it again. Published articles keep their sources as published."
      target={target}
      candidates={candidates.map((c) => ({ id: c.id, label: `${c.title} — ${c.url}` }))}
      chosenId={into?.id ?? null}
      confirm={
        into && {
          says: (
            <>
              <p className="font-medium">
                Move {plural(source.linkCount, "link")} from “{source.title}” to “{into.title}”;
                this address becomes an alias of “{into.title}”.
              </p>
              {shared > 0 ? (
                <p className="mt-1 text-sm">
                  {plural(shared, "annotation")} {shared === 1 ? "is" : "are"} backed by both: they
                  keep the link to “{into.title}” only.
                </p>
              ) : null}
              <p className="mt-1 text-sm text-muted">
                “{source.title}” is then deleted from the source list. This cannot be undone.
              </p>
            </>
          ),
          action: mergeSourcesAction,
          fields: { fromId: source.id, intoId: into.id },
        }
      }
    />
  );
}
