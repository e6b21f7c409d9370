import { z } from "zod";
import type { ActionResult } from "./actions";

/** A refused action as the browser receives it; null when the request itself failed. */
export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;

/** What every action answers when zod refuses its input: each field's messages, and what was typed. */
export function invalidInput(
  error: z.ZodError,
  values: Record<string, string> = {},
): ActionFailure {
  return {
    ok: false,
    code: "invalid_input",
    error: "Some fields need attention.",
    fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]>,
    values,
  };
}

/** The first message for each field the server refused, to show next to that field. */
export function fieldMessages(failure: ActionFailure | null): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [field, list] of Object.entries(failure?.fieldErrors ?? {})) {
    if (list?.[0]) messages[field] = list[0];
  }
  return messages;
}

/**
 * What to say for the form as a whole after a refusal. Field messages shown at their fields
 * are not repeated; the others are named here, so nobody is left with only the server's
 * "Some fields need attention." Null when every problem already shows at its field.
 */
export function formProblem(
  failure: ActionFailure | null,
  shownAtFields: readonly string[],
  unreachable = "The server can't be reached. Try again.",
): string | null {
  if (!failure) return unreachable;
  const messages = fieldMessages(failure);
  if (Object.keys(messages).length === 0) return failure.error;
  const elsewhere = Object.entries(messages)
    .filter(([field]) => !shownAtFields.includes(field))
    .map(([, message]) => message);
  return elsewhere.length > 0 ? [...new Set(elsewhere)].join(" ") : null;
}
