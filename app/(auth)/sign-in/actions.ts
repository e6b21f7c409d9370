"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import type { ActionResult } from "@/lib/actions";
import { signIn, signOut } from "@/lib/auth";
import { safeReturnPath } from "@/lib/auth/return-to";
import { throttledMessage } from "@/lib/auth/throttle";

export async function signInWithPassword(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const email = String(form.get("email") ?? "");
  const values = { email };
  try {
    await signIn("credentials", {
      email,
      password: String(form.get("password") ?? ""),
      redirectTo: safeReturnPath(form.get("callbackUrl")),
    });
    return { ok: true, data: null };
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const seconds = /^throttled:(\d+)$/.exec(error.code)?.[1];
      return seconds
        ? {
            ok: false,
            code: "too_many_requests",
            error: throttledMessage(Number(seconds)),
            values,
          }
        : {
            ok: false,
            code: "unauthenticated",
            error:
              "That e-mail and password do not match an active account. Check both and try again.",
            values,
          };
    }
    if (error instanceof AuthError) {
      console.error("Sign-in failed:", error);
      return {
        ok: false,
        code: "internal",
        error: "Signing in failed. Try again in a moment.",
        values,
      };
    }
    throw error; // the redirect after a successful sign-in
  }
}

export async function signInWithProvider(form: FormData): Promise<void> {
  await signIn(String(form.get("provider")), {
    redirectTo: safeReturnPath(form.get("callbackUrl")),
  });
}

export async function signOutEverywhere(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
