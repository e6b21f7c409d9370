import Link from "next/link";
import { InboxLink } from "@/app/_components/inbox-link";
import { SkipLink } from "@/app/_components/skip-link";
import { getDb } from "@/db/client";
import { countUnread } from "@/db/queries/discussion";
import { signOutEverywhere } from "@/app/(auth)/sign-in/actions";
import { can, ROLE_LABELS } from "@/lib/auth/roles";
import { currentUser } from "@/lib/auth/session";

// Every page below checks the session itself; this layout only draws the studio's chrome.
export default async function StudioLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  const user = await currentUser();
  const unread = user ? await countUnread(getDb(), user.id) : 0;
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="border-b border-rule">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-5 py-3">
          <Link href="/studio" className="font-serif text-lg font-semibold tracking-tight">
            Claimmark <span className="font-sans text-sm font-normal text-muted">Studio</span>
          </Link>
          {user ? (
            <nav aria-label="Studio" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <Link href="/studio" className="hover:underline">
                Articles
              </Link>
              <InboxLink unread={unread} />
              <Link href="/studio/search" className="hover:underline">
                Search
              </Link>
              {can(user.role, "editSpeakersAndSources") ? (
                <>
                  <Link href="/studio/speakers" className="hover:underline">
                    Speakers
                  </Link>
                  <Link href="/studio/sources" className="hover:underline">
                    Sources
                  </Link>
                </>
              ) : null}
              {can(user.role, "manageUsers") ? (
                <Link href="/studio/users" className="hover:underline">
                  Users
                </Link>
              ) : null}
              {can(user.role, "manageSettings") ? (
                <Link href="/studio/settings" className="hover:underline">
                  Settings
                </Link>
              ) : null}
              <Link href="/" className="hover:underline">
                Public site
              </Link>
            </nav>
          ) : null}
          {user ? (
            <div className="ml-auto flex items-center gap-3 text-sm">
              <span>
                {user.name ?? user.email}{" "}
                <span className="text-muted">· {ROLE_LABELS[user.role]}</span>
              </span>
              <form action={signOutEverywhere}>
                <button
                  type="submit"
                  className="rounded-md border border-rule px-3 py-1.5 hover:bg-rule/40"
                >
                  Sign out
                </button>
              </form>
            </div>
          ) : null}
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-5 py-8">
        {children}
      </main>
    </div>
  );
}
