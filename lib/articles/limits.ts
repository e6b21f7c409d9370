// Imported by next.config.ts as well as the app: relative imports only.

/**
 * Bytes of document JSON (UTF-8) an article may have. A 10,000-word article with 1,000
 * annotations is about 1.5 MB.
 */
export const MAX_DOC_BYTES = 2_000_000;

/**
 * The largest server action request Next.js accepts. A save carries the document, the title and
 * React's encoding around them (a few bytes per string), so an allowed document always fits and
 * a longer one still reaches the app, which says what to do instead of failing at the door.
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES = Math.ceil(MAX_DOC_BYTES * 1.5);

export const DOC_TOO_LONG =
  "This article is too long to save. Split it into two articles or remove pasted material.";

/** UTF-8 bytes of the value as JSON; 0 for what JSON cannot express (parsing refuses it next). */
export function documentBytes(value: unknown): number {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return 0;
  }
  if (json === undefined) return 0;
  // Most text is ASCII: count bytes only when the characters alone could pass the limit.
  if (json.length * 3 <= MAX_DOC_BYTES) return json.length;
  return new TextEncoder().encode(json).length;
}
