import { html, SafeHtml } from "./html";

/** What search engines and link previews read from a reader page's head. */
export interface PageMeta {
  /** The page's own title; " · Claimmark" is added. */
  title: string;
  description: string;
  /** The page's address on the public site, absolute. */
  canonical: string;
  openGraphType: "website" | "article";
  /** Articles only: when the shown revision was published. */
  publishedTime?: Date;
  /** Search results: kept out of search indexes, while their links are still followed. */
  noIndex?: boolean;
  /** JSON-LD for machines (an article's ClaimReviews), as the text of its script element. */
  structuredData?: string | null;
}

/**
 * A JSON-LD data block. It is not run (the policy allows no inline script; a data block is not
 * one), but its text is the one place a page writes unescaped: JSON cannot be HTML-escaped
 * inside a script element, so every "<" is written as JSON's \u003c instead, and nothing in
 * it can close the element or open a comment, whoever made the text.
 */
function structuredDataHtml(json: string | null | undefined): SafeHtml | "" {
  if (!json) return "";
  return html`<script type="application/ld+json">${new SafeHtml(json.replace(/</g, "\\u003c"))}</script>`;
}

/** The built stylesheet and script a reader page links to (see scripts/build-reader-assets.ts). */
export interface ReaderAssets {
  css: string;
  js: string;
}

const SITE_NAME = "Claimmark";

function headHtml(meta: PageMeta, assets: ReaderAssets): SafeHtml {
  const title = `${meta.title} · ${SITE_NAME}`;
  const published = meta.publishedTime
    ? html`<meta property="article:published_time" content="${meta.publishedTime.toISOString()}">`
    : "";
  const robots = meta.noIndex ? html`<meta name="robots" content="noindex, follow">` : "";
  return html`<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><meta name="description" content="${meta.description}">${robots}<link rel="canonical" href="${meta.canonical}"><meta property="og:title" content="${meta.title}"><meta property="og:description" content="${meta.description}"><meta property="og:url" content="${meta.canonical}"><meta property="og:site_name" content="${SITE_NAME}"><meta property="og:type" content="${meta.openGraphType}">${published}<link rel="icon" href="/icon.svg" type="image/svg+xml"><link rel="stylesheet" href="${assets.css}"><script src="${assets.js}" defer></script>${structuredDataHtml(meta.structuredData)}</head>`;
}

const HEADER = html`<a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:bg-paper focus:px-3 focus:py-2">Skip to content</a><header class="border-b border-rule"><div class="mx-auto flex max-w-5xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-5 py-4"><a href="/" class="font-serif text-xl font-semibold tracking-tight">Claimmark</a><p class="hidden text-sm text-muted md:block">Every claim marked. Every source shown.</p><nav aria-label="Main" class="flex items-baseline gap-5 text-sm"><a href="/search" class="font-medium hover:underline">Search</a><a href="/speakers" class="font-medium hover:underline">Speakers</a><a href="/sign-in" class="text-muted hover:underline">Sign in</a></nav></div></header>`;

const FOOTER = html`<footer class="border-t border-rule"><p class="mx-auto max-w-5xl px-5 py-6 text-sm text-muted">Annotations mark official claims, allegations and verified facts, with who said them and what backs them.</p></footer>`;

/**
 * A whole reader page as one HTML document: no framework runtime, one stylesheet and one small
 * deferred script, so the bytes can be cached and served like a static file.
 */
export function readerDocument(meta: PageMeta, assets: ReaderAssets, main: SafeHtml): string {
  return html`<!DOCTYPE html><html lang="en">${headHtml(meta, assets)}<body class="min-h-dvh"><div class="flex min-h-dvh flex-col">${HEADER}<main id="main" class="mx-auto w-full max-w-5xl flex-1 px-5 py-10">${main}</main>${FOOTER}</div></body></html>`
    .value;
}
