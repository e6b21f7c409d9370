import type { AnnotationDetailsConflict } from "@/lib/annotations/details";
import type { SaveConflictDetails } from "@/lib/articles/save-conflict";
import type { CheckedArticle } from "@/db/revision-snapshot";
import type { PublishRefusedDetails } from "@/lib/articles/workflow";

/** Error codes the app raises on purpose, each with its HTTP status. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_input: 422,
  too_many_requests: 429,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * The errors that carry data for the person to resolve them. `kind` names each one and fixes
 * its code and the shape of its details, so the client narrows on it and reads the details
 * without a cast. Several of them share the code "conflict", hence a name of their own.
 */
export type DetailedError =
  /** Someone else saved the article first: their version, to compare with or take. */
  | { code: "conflict"; kind: "document_conflict"; details: SaveConflictDetails }
  /** Someone else changed the annotation's details first: their values. */
  | { code: "conflict"; kind: "details_conflict"; details: AnnotationDetailsConflict }
  /** Someone else saved the article's "Checked article" fields first: their values. */
  | { code: "conflict"; kind: "checked_article_conflict"; details: CheckedArticle }
  /** Publishing was refused: what the publish check found. */
  | { code: "invalid_input"; kind: "publish_check_failed"; details: PublishRefusedDetails };

/** Any other error: a code and its message, nothing more. */
export interface PlainError {
  code: ErrorCode;
  kind?: undefined;
  details?: undefined;
}

/** What an AppError tells the client besides its message. */
export type ErrorPayload = PlainError | DetailedError;

/** An error whose message is written for the person who will read it. */
export class AppError extends Error {
  readonly payload: ErrorPayload;
  /** The form field the problem concerns, so the message shows next to it. */
  readonly field?: string;

  constructor(code: ErrorCode, message: string, options?: { field?: string });
  constructor(detailed: DetailedError, message: string);
  constructor(
    codeOrDetailed: ErrorCode | DetailedError,
    message: string,
    options?: { field?: string },
  ) {
    super(message);
    this.name = "AppError";
    this.payload = typeof codeOrDetailed === "string" ? { code: codeOrDetailed } : codeOrDetailed;
    this.field = options?.field;
  }

  get code(): ErrorCode {
    return this.payload.code;
  }

  /** Data the person needs to resolve it, e.g. the newer version after a conflict. */
  get details(): DetailedError["details"] | undefined {
    return this.payload.details;
  }
}

/**
 * The SQLSTATE of a database error (e.g. 23505 unique violation), looking through the
 * wrappers drizzle puts around driver errors. Null for anything else.
 */
export function sqlState(error: unknown): string | null {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
