import { z } from "zod";
import { SOURCE_RELATIONS } from "@/db/enums";
import { INVALID_URL_MESSAGE, isAbsoluteHttpUrl } from "./normalize";

// Form fields arrive as strings; an untouched optional field arrives as "".

export const httpUrlField = z
  .string({ error: INVALID_URL_MESSAGE })
  .trim()
  .max(2000, { error: "Use a web address of at most 2,000 characters." })
  .refine(isAbsoluteHttpUrl, { error: INVALID_URL_MESSAGE });

export const DATE_MESSAGE = "Enter the date as YYYY-MM-DD.";

/** True for YYYY-MM-DD naming a real day (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** "" or a missing field become null; anything else must pass `field`. */
export function blankAsNull<T extends z.ZodType<unknown, string>>(field: T) {
  return z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === "" ? null : value))
    .pipe(field.nullable());
}

const annotationIdField = z.uuid({ error: "This annotation no longer exists. Reload the page." });
const sourceIdField = z.uuid({ error: "Choose a source from the list." });

const relationField = z.enum(SOURCE_RELATIONS, {
  error: "Choose Supports, Contradicts or Context.",
});

const excerptField = z
  .string()
  .trim()
  .max(2000, { error: "Shorten the excerpt to at most 2,000 characters." })
  .default("");

export const addSourceSchema = z.object({
  annotationId: annotationIdField,
  url: httpUrlField,
  title: z
    .string({ error: "Enter the source's title." })
    .trim()
    .min(1, { error: "Enter the source's title." })
    .max(300, { error: "Shorten the title to at most 300 characters." }),
  publisher: z
    .string()
    .trim()
    .max(200, { error: "Shorten the publisher to at most 200 characters." })
    .default(""),
  publishedAt: blankAsNull(z.string().trim().refine(isCalendarDate, { error: DATE_MESSAGE })),
  archivedUrl: blankAsNull(httpUrlField),
  relation: relationField,
  excerpt: excerptField,
});
export type AddSourceInput = z.output<typeof addSourceSchema>;

export const linkExistingSourceSchema = z.object({
  annotationId: annotationIdField,
  sourceId: sourceIdField,
  relation: relationField,
  excerpt: excerptField,
});
export type LinkExistingSourceInput = z.output<typeof linkExistingSourceSchema>;

export const unlinkSourceSchema = z.object({
  annotationId: annotationIdField,
  sourceId: sourceIdField,
});
export type UnlinkSourceInput = z.output<typeof unlinkSourceSchema>;

export const searchQuerySchema = z
  .string()
  .trim()
  .max(200, { error: "Shorten the search to at most 200 characters." });
