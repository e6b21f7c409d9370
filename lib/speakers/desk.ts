import { asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, speakers } from "@/db/schema";
import { speakerMerges } from "@/db/schema-desk";
import type { Actor } from "@/lib/actor";
import { lockArticles, markArticleChanged } from "@/lib/articles/last-change";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { nextVersion, versionToken } from "@/lib/version-token";
import { dedupeIgnoringCase, type EditSpeakerInput, type MergeSpeakersInput } from "./schemas";

type SpeakerRow = typeof speakers.$inferSelect;

const GONE = "This speaker no longer exists: it was merged or deleted. Reload the page.";
const TARGET_GONE = "The speaker you chose to merge into no longer exists. Choose another speaker.";

/** What an audit row says about a speaker. */
function auditFace(row: SpeakerRow) {
  return {
    slug: row.slug,
    name: row.name,
    type: row.type,
    description: row.description,
    aliases: row.aliases,
  };
}

/**
 * Locks the articles holding the speakers' annotations, then the speakers, in id order. The
 * articles come first because every change inside an article locks its article before its
 * annotations (lib/articles/last-change.ts); annotation saves then lock the speaker they name.
 */
async function lockForSpeakerChange(
  tx: Db,
  speakerIds: string[],
): Promise<{ locked: SpeakerRow[]; articleIds: string[] }> {
  const articleIds = await lockArticles(
    tx,
    tx
      .select({ id: annotations.articleId })
      .from(annotations)
      .where(inArray(annotations.speakerId, speakerIds)),
  );
  const locked = await tx
    .select()
    .from(speakers)
    .where(inArray(speakers.id, speakerIds))
    .orderBy(asc(speakers.id))
    .for("update");
  return { locked, articleIds };
}

/** Saves a speaker's name, type, description and aliases, unless someone changed it first. */
export async function editSpeaker(
  db: Db,
  actor: Actor,
  input: EditSpeakerInput,
): Promise<{ version: string }> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(speakers)
      .where(eq(speakers.id, input.id))
      .for("no key update");
    if (!current) throw new AppError("not_found", GONE);
    if (versionToken(current.updatedAt) !== input.version) {
      throw new AppError(
        "conflict",
        "Someone else changed this speaker since you opened this page. Your changes are still in the form: check what the speaker says now, then save again to replace it.",
      );
    }
    const before = auditFace(current);
    // The speaker's own name is not an alias of itself.
    const ownName = input.name.toLocaleLowerCase();
    const aliases = input.aliases.filter((alias) => alias.toLocaleLowerCase() !== ownName);
    const changes = {
      name: input.name,
      type: input.type,
      description: input.description,
      aliases,
    };
    const unchanged =
      changes.name === before.name &&
      changes.type === before.type &&
      changes.description === before.description &&
      changes.aliases.join("\n") === before.aliases.join("\n");
    if (unchanged) return { version: input.version };
    const updatedAt = nextVersion(current.updatedAt);
    // The slug stays: it is the public page's address, which links and readers keep.
    const [updated] = await tx
      .update(speakers)
      .set({ ...changes, updatedAt })
      .where(eq(speakers.id, input.id))
      .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      entity: "speaker",
      entityId: input.id,
      action: "edit",
      before,
      after: auditFace(updated!),
    });
    return { version: versionToken(updatedAt) };
  });
}

export interface SpeakerMergeResult {
  into: { id: string; slug: string; name: string };
  annotationsMoved: number;
}

/**
 * Merges one speaker into another in one transaction: every annotation attributed to `from`
 * moves to `into`, from's name and aliases become into's aliases, speaker_merges keeps from's
 * old id and address (and what was merged into `from` before now points at `into`, so chains
 * end at a live speaker), and `from` is deleted. Published revisions keep the speaker as they
 * froze it; public pages follow speaker_merges instead.
 */
export async function mergeSpeakers(
  db: Db,
  actor: Actor,
  input: MergeSpeakersInput,
): Promise<SpeakerMergeResult> {
  return db.transaction(async (tx) => {
    const { locked, articleIds } = await lockForSpeakerChange(tx, [input.fromId, input.intoId]);
    const from = locked.find((row) => row.id === input.fromId);
    const into = locked.find((row) => row.id === input.intoId);
    if (!from) throw new AppError("not_found", GONE);
    if (!into) throw new AppError("not_found", TARGET_GONE, { field: "intoId" });

    const moved = await tx
      .update(annotations)
      .set({
        speakerId: into.id,
        // An open annotation panel showing the old speaker must not save over the move.
        version: sql`${annotations.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(annotations.speakerId, from.id))
      .returning({ id: annotations.id });

    const intoName = into.name.toLocaleLowerCase();
    const aliases = dedupeIgnoringCase([...into.aliases, from.name, ...from.aliases]).filter(
      (alias) => alias.toLocaleLowerCase() !== intoName,
    );
    await tx
      .update(speakers)
      .set({ aliases, updatedAt: nextVersion(into.updatedAt) })
      .where(eq(speakers.id, into.id));

    const repointed = await tx
      .update(speakerMerges)
      .set({ intoId: into.id })
      .where(eq(speakerMerges.intoId, from.id))
      .returning({ fromId: speakerMerges.fromId });
    await tx.insert(speakerMerges).values({
      fromId: from.id,
      fromSlug: from.slug,
      fromName: from.name,
      intoId: into.id,
      mergedBy: actor.id,
    });
    await tx.delete(speakers).where(eq(speakers.id, from.id));
    for (const articleId of articleIds) await markArticleChanged(tx, articleId, actor.id);

    await recordAudit(tx, {
      actorId: actor.id,
      entity: "speaker",
      entityId: from.id,
      action: "merge",
      before: { from: auditFace(from), into: auditFace(into) },
      after: {
        into: { ...auditFace(into), aliases },
        annotationsMoved: moved.length,
        earlierMergesRepointed: repointed.map((row) => row.fromId),
      },
    });
    return {
      into: { id: into.id, slug: into.slug, name: into.name },
      annotationsMoved: moved.length,
    };
  });
}

/** Deletes a speaker nothing is attributed to; one in use is refused with its count. */
export async function deleteSpeaker(
  db: Db,
  actor: Actor,
  input: { id: string },
): Promise<{ name: string }> {
  return db.transaction(async (tx) => {
    const {
      locked: [speaker],
    } = await lockForSpeakerChange(tx, [input.id]);
    if (!speaker) throw new AppError("not_found", GONE);
    const [used] = await tx
      .select({ n: count() })
      .from(annotations)
      .where(eq(annotations.speakerId, speaker.id));
    const uses = Number(used?.n ?? 0);
    if (uses > 0) {
      throw new AppError(
        "conflict",
        `${speaker.name} is attributed in ${uses} ${uses === 1 ? "annotation" : "annotations"}, so it cannot be deleted. Merge it into another speaker instead.`,
      );
    }
    await tx.delete(speakers).where(eq(speakers.id, speaker.id));
    await recordAudit(tx, {
      actorId: actor.id,
      entity: "speaker",
      entityId: speaker.id,
      action: "delete",
      before: auditFace(speaker),
    });
    return { name: speaker.name };
  });
}
