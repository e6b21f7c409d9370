import { eq, like, or } from "drizzle-orm";
import slugify from "slugify";
import type { Db } from "@/db/client";
import type { SpeakerSummary } from "@/db/queries/speakers";
import { speakers } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { NewSpeaker } from "./schemas";

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Long enough to stay readable in /speakers/<slug>, short enough for a clean address. */
const MAX_SLUG_LENGTH = 80;
/** Each attempt sees the slugs committed so far, so only a burst of same-name creations retries. */
const MAX_ATTEMPTS = 5;

/** The speaker page's address part: "Ministère de l'Économie" → "ministere-de-leconomie". */
export function speakerSlugBase(name: string): string {
  let slug = slugify(name, { lower: true, strict: true }).replace(/-+/g, "-");
  if (slug.length > MAX_SLUG_LENGTH) slug = slug.slice(0, MAX_SLUG_LENGTH);
  slug = slug.replace(/^-+|-+$/g, "");
  // Names written only in scripts slugify drops (e.g. Chinese) still need an address.
  return SLUG_PATTERN.test(slug) ? slug : "speaker";
}

/** `base` if free, else `base-N` with N one more than the highest taken (starting at 2). */
async function nextFreeSlug(tx: Db, base: string): Promise<string> {
  // The base holds only [a-z0-9-], so it needs no LIKE escaping.
  const rows = await tx
    .select({ slug: speakers.slug })
    .from(speakers)
    .where(or(eq(speakers.slug, base), like(speakers.slug, `${base}-%`)));
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  const suffix = new RegExp(`^${base}-(\\d+)$`);
  let highest = 1;
  for (const slug of taken) {
    const match = suffix.exec(slug);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${base}-${highest + 1}`;
}

/**
 * Creates a speaker with a unique slug. Two people may share a name (two John Smiths), so a
 * taken slug gets a number rather than being refused.
 */
export async function createSpeaker(
  db: Db,
  actor: { id: string },
  input: NewSpeaker,
): Promise<SpeakerSummary> {
  const base = speakerSlugBase(input.name);
  return db.transaction(async (tx) => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const slug = await nextFreeSlug(tx, base);
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
