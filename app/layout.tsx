import type { Metadata } from "next";
import { headers } from "next/headers";
import "@fontsource-variable/inter";
import "@fontsource-variable/source-serif-4";
import "@fontsource-variable/source-serif-4/wght-italic.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimmark", template: "%s · Claimmark" },
  description: "News articles with every claim, allegation and verified fact marked and sourced.",
};

// Reading the request headers renders every page per request, which lets Next.js put this
// response's CSP nonce (set by proxy.ts) on its scripts.
export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  await headers();
  return (
    <html lang="en">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
