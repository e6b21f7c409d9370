import { html } from "./html";
import { type PageMeta, type ReaderAssets, readerDocument } from "./page-shell";

/** The reader's "Page not found", as the studio's (app/not-found.tsx) says it. */
export function notFoundDocument(assets: ReaderAssets, canonical: string): string {
  const meta: PageMeta = {
    title: "Page not found",
    description: "This page does not exist, or it has not been published.",
    canonical,
    openGraphType: "website",
  };
  const main = html`<div class="mx-auto max-w-xl py-14"><h1 class="font-serif text-3xl font-semibold">Page not found</h1><p class="mt-4 text-muted">This page does not exist, or it has not been published. <a href="/" class="underline">See the published articles</a>.</p></div>`;
  return readerDocument(meta, assets, main);
}
