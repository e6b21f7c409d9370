import { z } from "zod";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/db/enums";
import type { ClaimFilters } from "@/db/queries/public-annotations";
import { slugField } from "@/lib/slugs";
import { searchTerm } from "@/lib/text/characters";
import { type CursorList, type CursorPosition, decodeCursor } from "./cursor";
import { ApiError } from "./errors";

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;
export const MAX_SEARCH_LENGTH = 200;
/** What /claims lists when `kind` is not given: what was said, not what was verified. */
export const DEFAULT_CLAIM_KINDS: readonly AnnotationKind[] = ["official_claim", "allegation"];

/** Parameters every list takes, then each list's own; `kind` alone may be repeated. */
const PAGING = ["limit", "cursor"] as const;
export const CLAIM_FILTERS = ["speaker", "kind", "verdict", "q"] as const;
const REPEATABLE = new Set(["kind"]);

const LIMIT_MESSAGE = `limit must be a whole number from 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`;
const limitSchema = z
  .string()
  .regex(/^\d{1,4}$/, { error: LIMIT_MESSAGE })
  .transform(Number)
  .pipe(z.number().min(1, { error: LIMIT_MESSAGE }).max(MAX_LIMIT, { error: LIMIT_MESSAGE }));

function refuse(message: string): never {
  throw new ApiError("invalid_parameter", message);
}

/** Refuses parameters the endpoint does not take (a typo would silently widen the answer). */
export function refuseUnknownParameters(search: URLSearchParams, allowed: readonly string[]): void {
  for (const name of new Set(search.keys())) {
    if (!allowed.includes(name)) {
      const takes = allowed.length ? `takes ${allowed.join(", ")}` : "takes no parameters";
      refuse(`Unknown parameter "${name.slice(0, 40)}": this endpoint ${takes}.`);
    }
    if (!REPEATABLE.has(name) && search.getAll(name).length > 1) {
      refuse(`Give ${name} once.`);
    }
  }
}

/** A list's page size and where it starts, from `limit` and `cursor`; a 400 saying what to fix. */
export function parsePaging<L extends CursorList>(
  search: URLSearchParams,
  list: L,
  filters: readonly string[] = [],
): { limit: number; after?: CursorPosition<L> } {
  refuseUnknownParameters(search, [...PAGING, ...filters]);
  const limitText = search.get("limit");
  let limit = DEFAULT_LIMIT;
  if (limitText !== null) {
    const parsed = limitSchema.safeParse(limitText);
    if (!parsed.success) refuse(LIMIT_MESSAGE);
    limit = parsed.data;
  }
  const cursor = search.get("cursor");
  return { limit, after: cursor === null ? undefined : decodeCursor(list, cursor) };
}

const KIND_MESSAGE = `kind must be one of ${ANNOTATION_KINDS.join(", ")}; repeat it for several.`;
const kindsSchema = z.array(z.enum(ANNOTATION_KINDS, { error: KIND_MESSAGE }));

/** An optional slug filter: empty means no filter (as a blank form field sends it). */
function slugFilter(search: URLSearchParams, name: string, example: string): string | undefined {
  const value = search.get(name) ?? "";
  if (value === "") return undefined;
  if (!slugField.safeParse(value).success) {
    refuse(`${name} must be a slug such as ${example}: lowercase letters, digits and hyphens.`);
  }
  return value;
}

/** /claims' filters: `kind` (repeatable), `speaker`, `verdict` and `q`. */
export function parseClaimFilters(search: URLSearchParams): ClaimFilters {
  const kinds = kindsSchema.safeParse(search.getAll("kind").filter((kind) => kind !== ""));
  if (!kinds.success) refuse(KIND_MESSAGE);
  const q = search.get("q") ?? "";
  if (q.length > MAX_SEARCH_LENGTH) {
    refuse(`q must be at most ${MAX_SEARCH_LENGTH} characters: shorten the search.`);
  }
  return {
    kinds: kinds.data.length ? [...new Set(kinds.data)] : DEFAULT_CLAIM_KINDS,
    speaker: slugFilter(search, "speaker", "jane-roe (as /speakers lists it)"),
    verdict: slugFilter(search, "verdict", "mostly-false (the verdict's slug)"),
    // Characters the database cannot hold, or that no one searches for, are left out.
    text: searchTerm(q, MAX_SEARCH_LENGTH) || undefined,
  };
}
