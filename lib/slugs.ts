import { eq, like, or } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import slugify from "slugify";
import { z } from "zod";
import type { Db } from "@/db/client";

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Long enough to stay readable in an address, short enough for a clean one. */
const MAX_SLUG_LENGTH = 80;

/** An address part from a name or title: "Ministère de l'Économie" → "ministere-de-leconomie". */
export function slugBase(text: string, fallback: string): string {
  let slug = slugify(text, { lower: true, strict: true }).replace(/-+/g, "-");
  if (slug.length > MAX_SLUG_LENGTH) slug = slug.slice(0, MAX_SLUG_LENGTH);
  slug = slug.replace(/^-+|-+$/g, "");
  // Text written only in scripts slugify drops (e.g. Chinese) still needs an address.
  return SLUG_PATTERN.test(slug) ? slug : fallback;
}

/** An address part as it arrives in a URL: anything else names no article or speaker. */
export const slugField = z.string().max(200).regex(SLUG_PATTERN);

/**
 * `base` if free in those columns, else `base-N` with N one more than the highest taken (from
 * 2). Several columns when addresses outlive their rows (a merged speaker's old address).
 */
export async function nextFreeSlug(
  tx: Db,
  columns: PgColumn | readonly PgColumn[],
  base: string,
): Promise<string> {
  const taken = new Set<string>();
  for (const column of [columns].flat()) {
    // The base holds only [a-z0-9-], so it needs no LIKE escaping.
    const rows = (await tx
      .select({ slug: column })
      .from(column.table)
      .where(or(eq(column, base), like(column, `${base}-%`)))) as { slug: string }[];
    for (const row of rows) taken.add(row.slug);
  }
  if (!taken.has(base)) return base;
  const suffix = new RegExp(`^${base}-(\\d+)$`);
  let highest = 1;
  for (const slug of taken) {
    const match = suffix.exec(slug);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${base}-${highest + 1}`;
}
