import { asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import type { SpeakerType } from "../enums";
import { speakers } from "../schema";
import { speakerMatch } from "./speakers";

/** A speaker as the speaker desk lists and edits it. */
export interface DeskSpeaker {
  id: string;
  slug: string;
  name: string;
  type: SpeakerType;
  description: string;
  aliases: string[];
  updatedAt: Date;
  /** Annotations attributed to the speaker in the studio (drafts included). */
  annotationCount: number;
  /**
   * Annotations attributed to the speaker (or to a speaker merged into it) in the articles'
   * current published revisions: what readers see on the speaker's page.
   */
  publishedCount: number;
}

const annotationCount = sql<number>`(SELECT count(*) FROM annotations AS an
  WHERE an.speaker_id = speakers.id)::int`;

/** Counted from what the current revisions froze, following speaker_merges to the survivor. */
const publishedCount = sql<number>`(SELECT count(*)
  FROM articles AS a
  JOIN article_revisions AS r ON r.id = a.published_revision_id
  CROSS JOIN LATERAL jsonb_array_elements(r.annotations) AS e(elem)
  WHERE a.status = 'published' AND (e.elem->>'speakerId' = speakers.id::text
    OR e.elem->>'speakerId' IN (SELECT m.from_id::text FROM speaker_merges AS m
      WHERE m.into_id = speakers.id)))::int`;

const deskColumns = {
  id: speakers.id,
  slug: speakers.slug,
  name: speakers.name,
  type: speakers.type,
  description: speakers.description,
  aliases: speakers.aliases,
  updatedAt: speakers.updatedAt,
  annotationCount,
  publishedCount,
};

function withNumbers(row: DeskSpeaker): DeskSpeaker {
  // node-postgres returns int4 as a number already; PGlite too. Number() keeps both honest.
  return {
    ...row,
    annotationCount: Number(row.annotationCount),
    publishedCount: Number(row.publishedCount),
  };
}

/** The desk's list: speakers whose name or an alias contains `query`, alphabetically. */
export async function listDeskSpeakers(
  db: Db,
  params: { query?: string; limit?: number },
): Promise<DeskSpeaker[]> {
  const text = (params.query ?? "").trim();
  const { matches, nameStarts, foldedName } = speakerMatch(text);
  const rows = await db
    .select(deskColumns)
    .from(speakers)
    .where(text === "" ? undefined : matches)
    .orderBy(...(text === "" ? [] : [desc(nameStarts)]), asc(foldedName), asc(speakers.id))
    .limit(params.limit ?? 100);
  return rows.map(withNumbers);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getDeskSpeaker(db: Db, id: string): Promise<DeskSpeaker | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db.select(deskColumns).from(speakers).where(eq(speakers.id, id)).limit(1);
  return row ? withNumbers(row) : null;
}
