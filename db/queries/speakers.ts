import { asc, desc, eq, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Db } from "../client";
import type { SpeakerType } from "../enums";
import { speakers } from "../schema";

export interface SpeakerSummary {
  id: string;
  slug: string;
  name: string;
  type: SpeakerType;
  description: string;
}

export const speakerSummaryColumns = {
  id: speakers.id,
  slug: speakers.slug,
  name: speakers.name,
  type: speakers.type,
  description: speakers.description,
};

/**
 * Accented Latin letters and the plain letter each folds to, for `translate()`: built here
 * rather than with the `unaccent` extension, which neither PGlite nor every PostgreSQL has.
 * Letters that fold to two (ß, æ) are left alone; translate() maps one character to one.
 */
function buildFoldTable(): { from: string; to: string } {
  let from = "";
  let to = "";
  const add = (letter: string, plain: string) => {
    from += letter;
    to += plain;
  };
  const ranges = [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ] as const;
  for (const [first, last] of ranges) {
    for (let code = first; code <= last; code++) {
      const letter = String.fromCharCode(code);
      const plain = letter.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
      if (plain.length === 1 && /[a-z]/.test(plain) && plain !== letter) add(letter, plain);
    }
  }
  // Letters with a stroke do not decompose.
  for (const [letter, plain] of ["øo", "Øo", "đd", "Đd", "łl", "Łl", "ıi", "ħh", "Ħh"]) {
    add(letter!, plain!);
  }
  return { from, to };
}
const FOLD = buildFoldTable();

/** Lower-cased and without accents, so "Ministère" is found by "ministere". */
export function foldForSearch(value: SQLWrapper): SQL {
  return sql`translate(lower(${value}), ${FOLD.from}, ${FOLD.to})`;
}

/** Escapes LIKE's wildcards so a search for "50%" or "a_b" means those characters. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

/**
 * The test "the speaker's name or an alias contains `text`" (ignoring case and accents), and
 * "the name starts with it" for ordering, shared by every studio list of speakers.
 */
export function speakerMatch(text: string): { matches: SQL; nameStarts: SQL; foldedName: SQL } {
  const foldedName = foldForSearch(speakers.name);
  const needle = foldForSearch(sql`${escapeLike(text)}::text`);
  const contains = (column: SQL) => sql`${column} LIKE '%' || ${needle} || '%'`;
  return {
    foldedName,
    nameStarts: sql`${foldedName} LIKE ${needle} || '%'`,
    matches: sql`(${contains(foldedName)} OR EXISTS (
      SELECT 1 FROM unnest(${speakers.aliases}) AS alias
      WHERE ${contains(foldForSearch(sql`alias`))}
    ))`,
  };
}

/**
 * Speakers whose name or an alias contains the query (case- and accent-insensitive), those
 * whose name starts with it first, then alphabetically. An empty query lists the first ones
 * alphabetically, so the picker shows something before anyone types.
 */
export async function searchSpeakers(db: Db, query: string, limit = 8): Promise<SpeakerSummary[]> {
  const text = query.trim();
  const { matches, nameStarts, foldedName } = speakerMatch(text);
  return db
    .select(speakerSummaryColumns)
    .from(speakers)
    .where(text === "" ? undefined : matches)
    .orderBy(
      ...(text === "" ? [] : [desc(nameStarts)]),
      asc(foldedName),
      asc(speakers.name),
      asc(speakers.id),
    )
    .limit(limit);
}

export async function getSpeaker(db: Db, id: string): Promise<SpeakerSummary | null> {
  // A malformed id is "not found", not a database error about uuid syntax.
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const [row] = await db
    .select(speakerSummaryColumns)
    .from(speakers)
    .where(eq(speakers.id, id))
    .limit(1);
  return row ?? null;
}

/** A speaker as the suggester matches names against it. */
export interface MatchableSpeaker {
  id: string;
  name: string;
  type: SpeakerType;
  aliases: string[];
}

/**
 * Every speaker of the newsroom with its aliases, so suggestions name an existing speaker
 * rather than propose a new one. Ordered so the suggester sees them the same way each time.
 */
export async function listMatchableSpeakers(db: Db): Promise<MatchableSpeaker[]> {
  return db
    .select({
      id: speakers.id,
      name: speakers.name,
      type: speakers.type,
      aliases: speakers.aliases,
    })
    .from(speakers)
    .orderBy(asc(speakers.name), asc(speakers.id));
}
