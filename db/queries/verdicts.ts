import { asc, count, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import type { VerdictScaleEnd } from "../enums";
import type { NewsroomIdentity } from "../revision-snapshot";
import { annotations, newsroom, verdicts } from "../schema";

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

/** A verdict as the settings page shows it: its version token and how many annotations use it. */
export interface VerdictWithUsage extends VerdictRow {
  updatedAt: Date;
  annotationCount: number;
}

/**
 * Every verdict, retired ones included, with the number of annotations carrying it (detached
 * ones too: they still hold the verdict and would block its deletion).
 */
export async function listVerdictsWithUsage(db: Db): Promise<VerdictWithUsage[]> {
  const usage = db
    .select({ verdictId: annotations.verdictId, uses: count().as("uses") })
    .from(annotations)
    .groupBy(annotations.verdictId)
    .as("usage");
  return db
    .select({
      ...verdictColumns,
      updatedAt: verdicts.updatedAt,
      annotationCount: sql<number>`coalesce(${usage.uses}, 0)`.mapWith(Number),
    })
    .from(verdicts)
    .leftJoin(usage, eq(usage.verdictId, verdicts.id))
    .orderBy(asc(verdicts.position), asc(verdicts.label));
}

/** The newsroom's identity with its last change, the version token its settings form carries. */
export async function getNewsroomWithVersion(
  db: Db,
): Promise<NewsroomIdentity & { updatedAt: Date | null }> {
  const [row] = await db
    .select({
      name: newsroom.name,
      url: newsroom.url,
      logoUrl: newsroom.logoUrl,
      updatedAt: newsroom.updatedAt,
    })
    .from(newsroom)
    .limit(1);
  return row ?? { name: "", url: null, logoUrl: null, updatedAt: null };
}
