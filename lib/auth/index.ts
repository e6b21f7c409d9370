import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import type { Provider } from "next-auth/providers";
import { getDb } from "@/db/client";
import { isOneOf, ROLES } from "@/db/enums";
import { findUserByEmail } from "@/db/queries/users";
import { clientAddress } from "./client-address";
import { endSessionsOnSignOut, userOfSession } from "./session-version";
import { checkCredentials } from "./sign-in";

/** Carries "throttled:<seconds>" to the sign-in form; "invalid" for everything else. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

/** OAuth providers switch on when their credentials are in the environment. */
export function oauthProviders(): { id: string; name: string }[] {
  return process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET
    ? [{ id: "github", name: "GitHub" }]
    : [];
}

// The configuration is built on first use, after instrumentation has settled AUTH_SECRET.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const providers: Provider[] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const outcome = await checkCredentials(getDb(), {
          email: credentials.email,
          password: credentials.password,
          ip: clientAddress(request.headers),
        });
        if (outcome.ok) return outcome.user;
        throw new SignInRefused(
          outcome.reason === "throttled" ? `throttled:${outcome.retryAfterSeconds}` : "invalid",
        );
      },
    }),
  ];
  if (oauthProviders().some((p) => p.id === "github")) providers.push(GitHub);

  return {
    secret: process.env.AUTH_SECRET,
    trustHost: true,
    useSecureCookies:
      process.env.NODE_ENV === "production" && process.env.AUTH_INSECURE_COOKIES !== "1",
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers,
    events: {
      // Signing out ends the user's sessions everywhere, not just this browser's cookie.
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        if (token?.sub && typeof token.sessionVersion === "number") {
          await endSessionsOnSignOut(getDb(), {
            userId: token.sub,
            sessionVersion: token.sessionVersion,
          });
        }
      },
    },
    callbacks: {
      // OAuth never creates accounts: it signs in an existing, active user with that address.
      async signIn({ user, account }) {
        if (!account || account.provider === "credentials") return true;
        const known = user.email ? await findUserByEmail(getDb(), user.email.toLowerCase()) : null;
        return Boolean(known && !known.disabledAt);
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          const row =
            account.provider === "credentials"
              ? (user as { id: string; role?: unknown; sessionVersion?: unknown })
              : await findUserByEmail(getDb(), String(user.email).toLowerCase());
          if (!row) return null;
          token.sub = row.id;
          token.role = row.role;
          token.sessionVersion = row.sessionVersion;
          return token;
        }
        // Checked on every read, /api/auth/session included, so an ended session is not renewed.
        const live = await userOfSession(getDb(), {
          userId: token.sub,
          sessionVersion: token.sessionVersion,
        });
        return live ? token : null;
      },
      async session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        session.user.role = isOneOf(ROLES, token.role) ? token.role : undefined;
        if (typeof token.sessionVersion === "number") {
          session.user.sessionVersion = token.sessionVersion;
        }
        return session;
      },
    },
  };
});
