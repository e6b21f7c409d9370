import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { speakers } from "@/db/schema";
import type { ActorWithRole } from "@/lib/actor";
import { editSpeaker } from "@/lib/speakers/desk";
import { createSpeaker } from "@/lib/speakers/manage";
import { versionToken } from "@/lib/version-token";

/**
 * A speaker known by several names, as the speaker desk shows them: a minister named in
 * copy by title, by surname or in full. Written through the desk's own use case.
 */
export const deskDemoSpeaker = {
  name: "Hana Okafor",
  type: "person" as const,
  description: "Minister of Health",
  aliases: ["the health minister", "Minister Okafor", "Okafor"],
};

export async function createDeskDemoSpeakers(tx: Db, desk: ActorWithRole): Promise<void> {
  const { aliases, ...fields } = deskDemoSpeaker;
  const created = await createSpeaker(tx, desk, fields);
  const [row] = await tx
    .select({ updatedAt: speakers.updatedAt })
    .from(speakers)
    .where(eq(speakers.id, created.id));
  await editSpeaker(tx, desk, {
    id: created.id,
    version: versionToken(row!.updatedAt),
    ...fields,
    aliases,
  });
}
