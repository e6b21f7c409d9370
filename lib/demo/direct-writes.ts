// The demo's writes that no use case makes yet: the newsroom's identity, an article's checked
// article and the verdicts of its annotations (issue 14 adds their settings, fields and panel
// in the studio). Each is one function, so each can be swapped for its use case when it lands;
// until then they write the rows directly, without audit events.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { NewsroomIdentity } from "@/db/revision-snapshot";
import { newsroom } from "@/db/schema";
import type { ActorWithRole } from "@/lib/actor";

/** Names the newsroom, unless someone already has (a seed into an existing database). */
export async function nameDemoNewsroom(
  tx: Db,
  desk: ActorWithRole,
  identity: NewsroomIdentity,
): Promise<void> {
  await tx
    .update(newsroom)
    .set({ ...identity, updatedBy: desk.id, updatedAt: new Date() })
    .where(and(eq(newsroom.id, 1), eq(newsroom.name, "")));
}
