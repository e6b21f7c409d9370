import { type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../client";

// What the studio and public searches share: how a search box becomes a tsquery, and how the
// matched words are marked. Marks come back as private-use characters (never as HTML), which
// lib/search/marked-text.ts splits into text pieces; the searched text is stripped of those
// characters first, so nobody can type a mark of their own.

/** Starts a matched word in a headline. */
export const MARK_START = "\ue000";
/** Ends a matched word in a headline. */
export const MARK_END = "\ue001";

/** The search box as a tsquery: "quoted phrases", or, and -excluded words work. */
export function searchQuery(text: string): SQL {
  return sql`websearch_to_tsquery('english', ${text})`;
}

/**
 * Whether the search has any word left to look for: only stop words ("the", "and") or only
 * punctuation leave an empty query, which would match nothing.
 */
export async function hasSearchableWords(db: Db, text: string): Promise<boolean> {
  const [row] = await queryRows<{ words: number }>(
    db,
    sql`SELECT numnode(${searchQuery(text)})::int AS words`,
  );
  return Number(row?.words ?? 0) > 0;
}

/** `column` with every word `query` matches wrapped in MARK_START … MARK_END; the whole text. */
export function markedSql(column: SQL, query: SQL): SQL {
  return sql`ts_headline('english', translate(${column}, ${MARK_START + MARK_END}, ''), ${query},
    ${`StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`})`;
}

/** A short excerpt of `column` around its matches, marked; "" when nothing in it matches. */
export function markedExcerptSql(column: SQL, query: SQL): SQL {
  return sql`CASE WHEN to_tsvector('english', ${column}) @@ ${query}
    THEN ts_headline('english', translate(${column}, ${MARK_START + MARK_END}, ''), ${query},
      ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12`})
    ELSE '' END`;
}

/** The largest page a caller may ask for. */
const MAX_PER_PAGE = 100;

/** LIMIT and OFFSET for a page counted from 1; nonsense (NaN, 0, -3) is the first page. */
export function pageWindow(page: number, perPage: number): { limit: number; offset: number } {
  const limit =
    Number.isSafeInteger(perPage) && perPage >= 1 ? Math.min(perPage, MAX_PER_PAGE) : 20;
  const number = Number.isSafeInteger(page) && page >= 1 ? page : 1;
  return { limit, offset: (number - 1) * limit };
}
