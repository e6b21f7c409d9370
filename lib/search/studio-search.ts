import { z } from "zod";
import type { Db } from "@/db/client";
import { ANNOTATION_KINDS, ARTICLE_STATUSES } from "@/db/enums";
import {
  listStudioSearchChoices,
  searchStudioAnnotations,
  type StudioSearchFilters,
  type StudioSearchHit,
} from "@/db/queries/search";
import { hasSearchableWords } from "@/db/queries/search-text";
import { storableText } from "@/lib/text/characters";

export const SEARCH_MAX_LENGTH = 200;
export const RESULTS_PER_PAGE = 20;

/** The search form's fields as typed (kept to show them again), each a single string. */
export interface StudioSearchForm {
  q: string;
  kind: string;
  speaker: string;
  status: string;
  article: string;
}

export type StudioSearchField = keyof StudioSearchForm;

const formSchema = z.object({
  q: z
    .string()
    .max(SEARCH_MAX_LENGTH, `Shorten the search to ${SEARCH_MAX_LENGTH} characters or fewer.`),
  kind: z.enum(["", ...ANNOTATION_KINDS], { error: "Choose a kind from the list." }),
  status: z.enum(["", ...ARTICLE_STATUSES], { error: "Choose a status from the list." }),
  speaker: z.string(),
  article: z.string(),
});

export interface StudioSearchOutcome {
  form: StudioSearchForm;
  fieldErrors: Partial<Record<StudioSearchField, string>>;
  /** "empty": nothing to search for yet; "no-words": only words too common to search for. */
  state: "empty" | "no-words" | "searched";
  hits: StudioSearchHit[];
  total: number;
  page: number;
  pages: number;
  choices: Awaited<ReturnType<typeof listStudioSearchChoices>>;
}

/** The first value of a query parameter, as text the database can hold. */
function single(value: string | string[] | undefined): string {
  return storableText((Array.isArray(value) ? value[0] : value) ?? "");
}

/** A page number from `?page=`; anything but a whole number from 1 is the first page. */
function pageOf(raw: string): number {
  return /^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
}

/**
 * The studio search for a request's query parameters: every field is checked, and one that is
 * wrong (an overlong search, a speaker deleted since the form was drawn) gets a message for its
 * field and no search runs, so the person fixes it with everything they typed still there.
 */
export async function runStudioSearch(
  db: Db,
  params: Record<string, string | string[] | undefined>,
): Promise<StudioSearchOutcome> {
  const form: StudioSearchForm = {
    q: single(params.q),
    kind: single(params.kind),
    speaker: single(params.speaker),
    status: single(params.status),
    article: single(params.article),
  };
  const page = pageOf(single(params.page));
  const choices = await listStudioSearchChoices(db);
  const fieldErrors: StudioSearchOutcome["fieldErrors"] = {};
  const parsed = formSchema.safeParse(form);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as StudioSearchField;
      fieldErrors[field] ??= issue.message;
    }
  }
  if (form.speaker && !choices.speakers.some((s) => s.id === form.speaker)) {
    fieldErrors.speaker = "That speaker no longer exists. Choose one from the list.";
  }
  if (form.article && !choices.articles.some((a) => a.id === form.article)) {
    fieldErrors.article = "That article no longer exists. Choose one from the list.";
  }
  const none = { hits: [], total: 0, page, pages: 1, choices, form, fieldErrors };
  const text = form.q.trim();
  if (Object.keys(fieldErrors).length > 0 || !parsed.success) return { ...none, state: "searched" };
  if (!text) return { ...none, state: "empty" };
  if (!(await hasSearchableWords(db, text))) return { ...none, state: "no-words" };

  const filters: StudioSearchFilters = {
    kind: parsed.data.kind || undefined,
    status: parsed.data.status || undefined,
    speakerId: form.speaker || undefined,
    articleId: form.article || undefined,
  };
  const { hits, total } = await searchStudioAnnotations(db, {
    text,
    filters,
    page,
    perPage: RESULTS_PER_PAGE,
  });
  const pages = Math.max(1, Math.ceil(total / RESULTS_PER_PAGE));
  return { ...none, state: "searched", hits, total, pages };
}
