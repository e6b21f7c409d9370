import { asc, isNull } from "drizzle-orm";
import type { Db } from "../client";
import type { VerdictScaleEnd } from "../enums";
import type { NewsroomIdentity } from "../revision-snapshot";
import { newsroom, verdicts } from "../schema";

export interface VerdictRow {
  id: string;
  slug: string;
  label: string;
  definition: string;
  rating: number | null;
  scaleEnd: VerdictScaleEnd | null;
  position: number;
  retiredAt: Date | null;
}

const verdictColumns = {
  id: verdicts.id,
  slug: verdicts.slug,
  label: verdicts.label,
  definition: verdicts.definition,
  rating: verdicts.rating,
  scaleEnd: verdicts.scaleEnd,
  position: verdicts.position,
  retiredAt: verdicts.retiredAt,
};

/** The newsroom's scale in display order; retired verdicts only when asked for (settings, history). */
export async function listVerdicts(
  db: Db,
  options: { includeRetired?: boolean } = {},
): Promise<VerdictRow[]> {
  return db
    .select(verdictColumns)
    .from(verdicts)
    .where(options.includeRetired ? undefined : isNull(verdicts.retiredAt))
    .orderBy(asc(verdicts.position), asc(verdicts.label));
}

/** The newsroom's identity for published data (one row, created with the database). */
export async function getNewsroom(db: Db): Promise<NewsroomIdentity> {
  const [row] = await db
    .select({ name: newsroom.name, url: newsroom.url, logoUrl: newsroom.logoUrl })
    .from(newsroom)
    .limit(1);
  return row ?? { name: "", url: null, logoUrl: null };
}
