import type { Metadata } from "next";
import Link from "next/link";
import { SkipLink } from "@/app/_components/skip-link";
import { publicBaseUrl } from "@/lib/public-url";

export const metadata: Metadata = {
  metadataBase: publicBaseUrl(),
  openGraph: { siteName: "Claimmark" },
};

export default function ReaderLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="border-b border-rule">
        <div className="mx-auto flex max-w-5xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-5 py-4">
          <Link href="/" className="font-serif text-xl font-semibold tracking-tight">
            Claimmark
          </Link>
          <p className="hidden text-sm text-muted md:block">
            Every claim marked. Every source shown.
          </p>
          <nav aria-label="Main" className="flex items-baseline gap-5 text-sm">
            <Link href="/speakers" className="font-medium hover:underline">
              Speakers
            </Link>
            {/* A plain link, so reader pages never read the session just to draw it. */}
            <Link href="/sign-in" className="text-muted hover:underline">
              Sign in
            </Link>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-5 py-10">
        {children}
      </main>
      <footer className="border-t border-rule">
        <p className="mx-auto max-w-5xl px-5 py-6 text-sm text-muted">
          Annotations mark official claims, allegations and verified facts, with who said them and
          what backs them.
        </p>
      </footer>
    </div>
  );
}
