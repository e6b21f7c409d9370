import { z } from "zod";
import type { ClaimPosition } from "@/db/queries/public-annotations";
import type { PublishedPosition, SpeakerPosition } from "@/db/queries/public-api";
import { ApiError } from "./errors";

// A cursor is where a page ended (the keyset position of its last row) and which list it
// belongs to, as base64url-encoded JSON. Callers treat it as opaque; it is validated like any
// other input, since anyone can send any string.

/** The position each list pages by. */
interface Positions {
  articles: PublishedPosition;
  claims: ClaimPosition;
  speakers: SpeakerPosition;
}
export type CursorList = keyof Positions;
export type CursorPosition<L extends CursorList> = Positions[L];

/** Microseconds since the epoch as digits, within PostgreSQL's bigint. */
const micros = z.string().regex(/^\d{1,18}$/);

const positions: { [L in CursorList]: z.ZodType<Positions[L]> } = {
  articles: z.strictObject({ publishedMicros: micros, articleId: z.uuid() }),
  claims: z.strictObject({
    publishedMicros: micros,
    articleId: z.uuid(),
    number: z.number().int().min(1).max(1_000_000),
  }),
  speakers: z.strictObject({ slug: z.string().min(1).max(200), id: z.uuid() }),
};

const envelope = z.strictObject({ list: z.string(), at: z.unknown() });

/** Longer than any cursor this API makes, short enough to refuse junk before decoding it. */
const MAX_CURSOR_LENGTH = 400;

export function encodeCursor<L extends CursorList>(list: L, at: CursorPosition<L>): string {
  return Buffer.from(JSON.stringify({ list, at }), "utf8").toString("base64url");
}

export const BAD_CURSOR_MESSAGE =
  "cursor is not one this list gave out: pass the next_cursor of the previous page unchanged, " +
  "or leave cursor out to start from the first page.";

/** The position a cursor of `list` names; a 400 for anything else. */
export function decodeCursor<L extends CursorList>(list: L, cursor: string): CursorPosition<L> {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw new ApiError("invalid_parameter", BAD_CURSOR_MESSAGE);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new ApiError("invalid_parameter", BAD_CURSOR_MESSAGE);
  }
  const wrapped = envelope.safeParse(json);
  const position =
    wrapped.success && wrapped.data.list === list && positions[list].safeParse(wrapped.data.at);
  if (!position || !position.success) throw new ApiError("invalid_parameter", BAD_CURSOR_MESSAGE);
  return position.data;
}
