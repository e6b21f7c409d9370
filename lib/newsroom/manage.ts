import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { newsroom } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { nextVersion, versionToken } from "@/lib/version-token";
import type { NewsroomInput } from "./schemas";

/** The one row the database was created with (migration 0006). */
const NEWSROOM_ID = 1;

/** Sets the newsroom's identity in published data (ClaimReview's author); returns its new version. */
export async function saveNewsroom(
  db: Db,
  actor: Actor,
  input: NewsroomInput,
): Promise<{ version: string }> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(newsroom)
      .where(eq(newsroom.id, NEWSROOM_ID))
      .for("update");
    if (!current) throw new Error("The newsroom row is missing: run the migrations.");
    if (versionToken(current.updatedAt) !== input.version) {
      throw new AppError(
        "conflict",
        "Another admin changed the newsroom since you opened this page. Your changes are still in the form: check what it says now, then save again to replace it.",
      );
    }
    const before = { name: current.name, url: current.url, logoUrl: current.logoUrl };
    const after = { name: input.name, url: input.url, logoUrl: input.logoUrl };
    if (JSON.stringify(before) === JSON.stringify(after)) return { version: input.version };
    const updatedAt = nextVersion(current.updatedAt);
    await tx
      .update(newsroom)
      .set({
        ...after,
        updatedBy: actor.id,
        updatedAt,
      })
      .where(eq(newsroom.id, NEWSROOM_ID));
    await recordAudit(tx, {
      actorId: actor.id,
      entity: "newsroom",
      entityId: String(NEWSROOM_ID),
      action: "edit",
      before,
      after,
    });
    return { version: versionToken(updatedAt) };
  });
}
