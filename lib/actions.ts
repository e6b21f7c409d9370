import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Role } from "@/db/enums";
import { invalidInput } from "@/lib/action-messages";
import { requireRole, type SessionUser } from "@/lib/auth/session";
import { AppError, type ErrorPayload } from "@/lib/errors";

interface Refusal {
  ok: false;
  error: string;
  /** Per-field messages, shown next to each field. */
  fieldErrors?: Record<string, string[]>;
  /** What the person typed, put back in the form so nothing is lost. */
  values?: Record<string, string>;
}

/** A failure nobody meant: nothing to resolve, only to try again. */
interface InternalError {
  code: "internal";
  kind?: undefined;
  details?: undefined;
}

/**
 * What every server action answers, so every form shows success and errors the same way. A
 * failure is discriminated by `code` (and `kind` for the errors that carry details), so the
 * client reads `details` in the shape its kind gives them.
 */
export type ActionResult<T = null> =
  { ok: true; data: T; message?: string } | (Refusal & (ErrorPayload | InternalError));

function formValues(input: FormData | Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  if (!(input instanceof FormData)) return values;
  for (const [key, value] of input.entries()) {
    // Passwords are never sent back to the browser.
    if (typeof value === "string" && !key.startsWith("$") && !/password/i.test(key)) {
      values[key] = value;
    }
  }
  return values;
}

/**
 * The one shape of a server action: authorize from the session (never from the input), then
 * validate with zod, then run the use case. Errors become an ActionResult; nothing raw leaks.
 */
export async function runAction<S extends z.ZodType, T>(options: {
  roles: readonly Role[];
  schema: S;
  /** Form fields, or the plain object a client component sent. Never trusted: it is parsed. */
  input: FormData | Record<string, unknown>;
  run: (user: SessionUser, data: z.output<S>) => Promise<T>;
  message?: string;
  /** Pages whose data this action changes. */
  revalidate?: string[];
}): Promise<ActionResult<T>> {
  const values = formValues(options.input);
  try {
    const user = await requireRole(options.roles);
    const raw =
      options.input instanceof FormData
        ? Object.fromEntries(options.input.entries())
        : options.input;
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) return invalidInput(parsed.error, values);
    const data = await options.run(user, parsed.data);
    for (const path of options.revalidate ?? []) revalidatePath(path);
    return { ok: true, data, message: options.message };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError) {
      const field = error.field ? { fieldErrors: { [error.field]: [error.message] } } : {};
      return { ok: false, ...error.payload, error: error.message, ...field, values };
    }
    console.error("Server action failed:", error);
    return {
      ok: false,
      code: "internal",
      error: "Something went wrong on our side and nothing was changed. Try again in a moment.",
      values,
    };
  }
}
