import type { Db } from "@/db/client";
import type { SpeakerSummary } from "@/db/queries/speakers";
import { speakers } from "@/db/schema";
import { speakerMerges } from "@/db/schema-desk";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { nextFreeSlug, slugBase } from "@/lib/slugs";
import type { NewSpeaker } from "./schemas";

/** Each attempt sees the slugs committed so far, so only a burst of same-name creations retries. */
const MAX_ATTEMPTS = 5;

/** The speaker page's address part. */
export function speakerSlugBase(name: string): string {
  return slugBase(name, "speaker");
}

/**
 * Creates a speaker with a unique slug. Two people may share a name (two John Smiths), so a
 * taken slug gets a number rather than being refused.
 */
export async function createSpeaker(
  db: Db,
  actor: Actor,
  input: NewSpeaker,
): Promise<SpeakerSummary> {
  const base = speakerSlugBase(input.name);
  return db.transaction(async (tx) => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      // A merged speaker's old address still leads to the speaker it became: never reuse it.
      const slug = await nextFreeSlug(tx, [speakers.slug, speakerMerges.fromSlug], base);
      // ON CONFLICT DO NOTHING instead of catching 23505, which would abort the transaction:
      // when a concurrent request took this slug first, pick the next one and try again.
      const [speaker] = await tx
        .insert(speakers)
        .values({
          slug,
          name: input.name,
          type: input.type,
          description: input.description,
          createdBy: actor.id,
        })
        .onConflictDoNothing({ target: speakers.slug })
        .returning({
          id: speakers.id,
          slug: speakers.slug,
          name: speakers.name,
          type: speakers.type,
          description: speakers.description,
        });
      if (!speaker) continue;
      await recordAudit(tx, {
        actorId: actor.id,
        entity: "speaker",
        entityId: speaker.id,
        action: "create",
        after: { slug, name: speaker.name, type: speaker.type, description: speaker.description },
      });
      return speaker;
    }
    throw new AppError(
      "conflict",
      "Several speakers with this name were just created. Search for the speaker before creating it again.",
    );
  });
}
