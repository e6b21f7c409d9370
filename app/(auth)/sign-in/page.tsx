import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { oauthProviders } from "@/lib/auth";
import { safeReturnPath } from "@/lib/auth/return-to";
import { currentUser } from "@/lib/auth/session";
import { signInWithProvider } from "./actions";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

interface Props {
  searchParams: Promise<{ callbackUrl?: string; signedOut?: string; error?: string }>;
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl);
  if (await currentUser()) redirect(returnTo);
  const providers = oauthProviders();

  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-5 py-12">
      <div className="w-full max-w-sm">
        <p className="font-serif text-2xl font-semibold tracking-tight">Claimmark</p>
        <h1 className="mt-6 text-xl font-semibold">Sign in to the studio</h1>
        <p className="mt-1 text-sm text-muted">
          For reviewers, editors and admins of the newsroom.
        </p>
        {params.signedOut ? (
          <p role="status" className="mt-6 rounded-md border border-rule px-4 py-3 text-sm">
            You have signed out.
          </p>
        ) : null}
        {params.error === "AccessDenied" ? (
          <p role="alert" className="mt-6 rounded-md border border-red-700/40 px-4 py-3 text-sm">
            That account is not a member of this newsroom. Ask an admin to add your e-mail address.
          </p>
        ) : null}
        <SignInForm callbackUrl={returnTo} />
        {providers.length > 0 ? (
          <div className="mt-6 border-t border-rule pt-6">
            {providers.map((provider) => (
              <form key={provider.id} action={signInWithProvider}>
                <input type="hidden" name="provider" value={provider.id} />
                <input type="hidden" name="callbackUrl" value={returnTo} />
                <button
                  type="submit"
                  className="w-full rounded-md border border-rule px-4 py-2.5 font-medium hover:bg-rule/40"
                >
                  Sign in with {provider.name}
                </button>
              </form>
            ))}
          </div>
        ) : null}
      </div>
    </main>
  );
}
