import type { Db } from "@/db/client";
import { findUserForSignIn } from "@/db/queries/users";
import { emailSchema } from "@/lib/users/schemas";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import type { Role } from "./roles";
import { checkThrottle, recordAttempt } from "./throttle";

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string | null; role: Role } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

/**
 * Checks an e-mail and password. Unknown e-mail, wrong password and disabled account all
 * answer "invalid" after the same amount of work, so nobody can find out who has an account.
 */
export async function checkCredentials(
  db: Db,
  input: { email: unknown; password: unknown; ip: string },
): Promise<SignInOutcome> {
  const parsedEmail = emailSchema.safeParse(input.email);
  const password = typeof input.password === "string" ? input.password.slice(0, 256) : "";
  if (!parsedEmail.success || !password) return { ok: false, reason: "invalid" };
  const email = parsedEmail.data;

  const verdict = await checkThrottle(db, { email, ip: input.ip });
  if (!verdict.allowed) {
    return { ok: false, reason: "throttled", retryAfterMinutes: verdict.retryAfterMinutes };
  }

  const user = await findUserForSignIn(db, email);
  const valid =
    user?.passwordHash && !user.disabledAt
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstDecoy(password);
  await recordAttempt(db, { email, ip: input.ip, succeeded: valid });
  if (!valid || !user) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
