// Pure: the editor's form uses these too (the date field's limit), so no database here.
import { z } from "zod";
import type { CheckedArticle } from "@/db/revision-snapshot";
import { blankAsNull, DATE_MESSAGE, httpUrlField, isCalendarDate } from "@/lib/sources/schemas";

export const ARTICLE_GONE = "This article no longer exists. Reload the page.";
const RELOAD = "Reload the page before changing the checked article.";
export const FUTURE_DATE_MESSAGE =
  "The original publication date can't be in the future. Enter the day the outlet published it.";
const TEXT_MAX_CHARS = 200;

/** No checked article: what a new article has. */
export const NO_CHECKED_ARTICLE: CheckedArticle = { outlet: "", author: "", url: null, date: null };

/**
 * The latest calendar day anywhere on Earth now (UTC+14, YYYY-MM-DD): a piece published
 * "today" where its outlet is may already be tomorrow in UTC, but never after this day.
 */
export function latestDayNow(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const textField = (what: string) =>
  z
    .string({ error: `Enter the ${what} as text.` })
    .trim()
    .max(TEXT_MAX_CHARS, { error: `Shorten the ${what} to at most ${TEXT_MAX_CHARS} characters.` })
    .default("");

/** The "Checked article" form as the editor sends it; untouched fields arrive as "". */
export const checkedArticleSchema = z.object({
  articleId: z.uuid({ error: ARTICLE_GONE }),
  /** The fields as this page last had them from the server, so a stale form cannot overwrite. */
  base: z.object(
    {
      outlet: z.string(),
      author: z.string(),
      url: z.string().nullable(),
      date: z.string().nullable(),
    },
    { error: RELOAD },
  ),
  outlet: textField("outlet's name"),
  author: textField("author's name"),
  url: blankAsNull(httpUrlField),
  date: blankAsNull(
    z
      .string()
      .trim()
      .refine(isCalendarDate, { error: DATE_MESSAGE })
      .refine((day) => day <= latestDayNow(), { error: FUTURE_DATE_MESSAGE }),
  ),
});
export type CheckedArticleInput = z.output<typeof checkedArticleSchema>;
