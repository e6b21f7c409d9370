import type { Db } from "@/db/client";
import type { Role } from "@/db/enums";
import { findUserForSignIn } from "@/db/queries/users";
import { emailSchema } from "@/lib/users/schemas";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import { markSucceeded, reserveAttempt } from "./throttle";

export type SignInOutcome =
  | {
      ok: true;
      user: { id: string; email: string; name: string | null; role: Role; sessionVersion: number };
    }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

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

  // Booked as a failure before the password is checked, so concurrent guesses cannot all be
  // checked before the first of them is counted.
  const attempt = await reserveAttempt(db, { email, ip: input.ip });
  if (!attempt.allowed) {
    return { ok: false, reason: "throttled", retryAfterSeconds: attempt.retryAfterSeconds };
  }

  const user = await findUserForSignIn(db, email);
  const valid =
    user?.passwordHash && !user.disabledAt
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstDecoy(password);
  if (!valid || !user) return { ok: false, reason: "invalid" };
  await markSucceeded(db, attempt.attemptId);
  const { id, name, role, sessionVersion } = user;
  return { ok: true, user: { id, email: user.email, name, role, sessionVersion } };
}
