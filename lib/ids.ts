import { z } from "zod";

// Any 8-4-4-4-12 hex id, as PostgreSQL's uuid type accepts, not only RFC versions.
const uuid = z.guid();

/** True for a well-formed UUID: checked before an id from an address or a form reaches a query. */
export function isUuid(value: unknown): value is string {
  return uuid.safeParse(value).success;
}
