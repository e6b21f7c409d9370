import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, verdicts } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { AppError, sqlState } from "@/lib/errors";
import { nextFreeSlug, slugBase } from "@/lib/slugs";
import { nextVersion, versionToken } from "@/lib/version-token";
import {
  contentOf,
  findVerdict,
  labelUnique,
  lockScale,
  planEnds,
  quoted,
  refuseEndHolder,
  refuseStale,
  refuseTakenLabel,
  removeEnd,
  type VerdictRecord,
  writeVerdictChange,
} from "./scale-rules";
import type { DeleteVerdict, EditVerdict, MoveVerdict, NewVerdict, VerdictRef } from "./schemas";

/** The verdict's version token after a change, for a further change without reloading. */
export interface VerdictVersion {
  version: string;
}

const nextPosition = (scale: VerdictRecord[]) =>
  scale.reduce((highest, v) => Math.max(highest, v.position), 0) + 1;

export async function createVerdict(
  db: Db,
  actor: Actor,
  input: NewVerdict,
): Promise<{ id: string; slug: string; version: string }> {
  return labelUnique(input.label, () =>
    db.transaction(async (tx) => {
      const scale = await lockScale(tx);
      refuseTakenLabel(scale, input.label);
      const displaced = planEnds(scale, null, input);
      if (displaced) await removeEnd(tx, actor, displaced);
      // Made once: the slug names the verdict in addresses and the API even after relabelling.
      const slug = await nextFreeSlug(tx, verdicts.slug, slugBase(input.label, "verdict"));
      const position = nextPosition(scale);
      const [created] = await tx
        .insert(verdicts)
        .values({ ...contentOf(input), slug, position })
        .returning({ id: verdicts.id, updatedAt: verdicts.updatedAt });
      await recordAudit(tx, {
        actorId: actor.id,
        entity: "verdict",
        entityId: created!.id,
        action: "create",
        after: { slug, ...contentOf(input), position },
      });
      return { id: created!.id, slug, version: versionToken(created!.updatedAt) };
    }),
  );
}

export async function editVerdict(
  db: Db,
  actor: Actor,
  input: EditVerdict,
): Promise<VerdictVersion> {
  return labelUnique(input.label, () =>
    db.transaction(async (tx) => {
      const scale = await lockScale(tx);
      const verdict = findVerdict(scale, input.id);
      refuseStale(
        verdict,
        input.version,
        "Your changes are still in the form: check what it says now, then save again to replace it.",
      );
      if (verdict.retiredAt) {
        throw new AppError("conflict", `Restore ${quoted(verdict.label)} before editing it.`);
      }
      refuseTakenLabel(scale, input.label, verdict.id);
      const before = contentOf(verdict);
      const after = contentOf(input);
      if (JSON.stringify(before) === JSON.stringify(after)) return { version: input.version };
      const displaced = planEnds(scale, verdict, after);
      if (displaced) await removeEnd(tx, actor, displaced);
      const updatedAt = nextVersion(verdict.updatedAt);
      await writeVerdictChange(tx, actor, verdict.id, {
        action: "edit",
        set: { ...after, updatedAt },
        before,
        after,
      });
      return { version: versionToken(updatedAt) };
    }),
  );
}

/**
 * Swaps the verdict with its neighbour among the active verdicts. The order is not what an
 * edit form shows, so a move leaves the version tokens alone: nobody's open form goes stale.
 */
export async function moveVerdict(db: Db, actor: Actor, input: MoveVerdict): Promise<void> {
  await db.transaction(async (tx) => {
    const scale = await lockScale(tx);
    const verdict = findVerdict(scale, input.id);
    if (verdict.retiredAt) {
      throw new AppError("conflict", `Restore ${quoted(verdict.label)} before moving it.`);
    }
    const active = scale.filter((v) => !v.retiredAt);
    const index = active.findIndex((v) => v.id === verdict.id);
    const neighbour = active[input.direction === "up" ? index - 1 : index + 1];
    // Already first (or last): nothing to do, as the greyed button says.
    if (!neighbour) return;
    for (const [moved, position] of [
      [verdict, neighbour.position],
      [neighbour, verdict.position],
    ] as const) {
      await writeVerdictChange(tx, actor, moved.id, {
        action: "move",
        set: { position },
        before: { position: moved.position },
        after: { position },
      });
    }
  });
}

export async function retireVerdict(
  db: Db,
  actor: Actor,
  input: VerdictRef,
): Promise<VerdictVersion> {
  return db.transaction(async (tx) => {
    const verdict = findVerdict(await lockScale(tx), input.id);
    if (verdict.retiredAt) return { version: versionToken(verdict.updatedAt) };
    refuseEndHolder(verdict, "retire");
    const retiredAt = new Date();
    const updatedAt = nextVersion(verdict.updatedAt);
    await writeVerdictChange(tx, actor, verdict.id, {
      action: "retire",
      set: { retiredAt, updatedAt },
      before: { retiredAt: null },
      after: { retiredAt: retiredAt.toISOString() },
    });
    return { version: versionToken(updatedAt) };
  });
}

/** Brings a retired verdict back at the end of the scale, where the admin then moves it. */
export async function restoreVerdict(
  db: Db,
  actor: Actor,
  input: VerdictRef,
): Promise<VerdictVersion> {
  return db.transaction(async (tx) => {
    const scale = await lockScale(tx);
    const verdict = findVerdict(scale, input.id);
    if (!verdict.retiredAt) return { version: versionToken(verdict.updatedAt) };
    const position = nextPosition(scale);
    const updatedAt = nextVersion(verdict.updatedAt);
    await writeVerdictChange(tx, actor, verdict.id, {
      action: "restore",
      set: { retiredAt: null, position, updatedAt },
      before: { retiredAt: verdict.retiredAt.toISOString(), position: verdict.position },
      after: { retiredAt: null, position },
    });
    return { version: versionToken(updatedAt) };
  });
}

function inUseMessage(verdict: VerdictRecord, uses: number): string {
  const annotationsWord = uses === 1 ? "1 annotation uses" : `${uses} annotations use`;
  const advice = verdict.retiredAt
    ? "It stays retired: those annotations keep it, and it is not offered for new ones."
    : "Retire it instead: those annotations keep it, and it is no longer offered.";
  return `${quoted(verdict.label)} cannot be deleted: ${annotationsWord} it. ${advice}`;
}

/** Deletes a verdict no annotation uses; one in use can only be retired, so ratings keep their meaning. */
export async function deleteVerdict(db: Db, actor: Actor, input: DeleteVerdict): Promise<void> {
  let label = "";
  try {
    await db.transaction(async (tx) => {
      const verdict = findVerdict(await lockScale(tx), input.id);
      label = verdict.label;
      refuseStale(
        verdict,
        input.version,
        "Check what it says now, then delete it if you still mean to.",
      );
      refuseEndHolder(verdict, "delete");
      // The verdict row is locked, so no annotation can take it up until this commits.
      const [{ uses }] = (await tx
        .select({ uses: count() })
        .from(annotations)
        .where(eq(annotations.verdictId, verdict.id))) as [{ uses: number }];
      if (uses > 0) throw new AppError("conflict", inUseMessage(verdict, uses));
      await tx.delete(verdicts).where(eq(verdicts.id, verdict.id));
      await recordAudit(tx, {
        actorId: actor.id,
        entity: "verdict",
        entityId: verdict.id,
        action: "delete",
        before: { slug: verdict.slug, ...contentOf(verdict), position: verdict.position },
      });
    });
  } catch (error) {
    // The foreign key's own refusal, should an annotation have taken it up regardless.
    if (sqlState(error) !== "23503") throw error;
    throw new AppError(
      "conflict",
      `${quoted(label)} cannot be deleted: annotations use it. Retire it instead.`,
    );
  }
}
