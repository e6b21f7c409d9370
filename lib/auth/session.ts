import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import type { Role } from "@/db/enums";
import { AppError } from "@/lib/errors";
import { auth } from "./index";
import { userOfSession } from "./session-version";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
}

/**
 * The signed-in user, re-read from the users row on every request (once per request), so a
 * disabled account, a changed role or an ended session takes effect at once, whatever the
 * session token says.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = await userOfSession(getDb(), {
    userId: session?.user?.id,
    sessionVersion: session?.user?.sessionVersion,
  });
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For server actions and route handlers: throws an AppError the caller turns into a refusal. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user)
    throw new AppError("unauthenticated", "Your session has ended. Sign in again to continue.");
  return user;
}

export async function requireRole(roles: readonly Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) {
    throw new AppError("forbidden", "Your role does not allow this. Ask an admin if you need it.");
  }
  return user;
}

/** For pages: sends anonymous visitors to sign in (and back here after), others get a 403 page. */
export async function requirePageRole(
  returnTo: string,
  roles?: readonly Role[],
): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (roles && !roles.includes(user.role)) forbidden();
  return user;
}
