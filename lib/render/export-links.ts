import { EXPORT_FORMATS, EXPORT_FORMAT_LABELS, formatQuery } from "@/lib/exports/formats";
import { html, type SafeHtml } from "./html";

/**
 * "Download annotations: JSON (W3C) · CSV · ClaimReview", files rather than pages, so plain
 * download links. Each link's name says the whole ("Download annotations as CSV"); the shared
 * lead-in and the dots are for the eye only.
 */
export function exportLinksHtml(exportHref: string): SafeHtml {
  const links = EXPORT_FORMATS.map((format, index) => {
    const separator = index > 0 ? html`<span aria-hidden="true" class="mx-1">·</span>` : "";
    // py-1: a target at least 24 px tall to tap.
    return html`${separator}<a href="${exportHref}${formatQuery(format)}" download class="inline-block py-1 underline underline-offset-2 hover:text-ink"><span class="sr-only">Download annotations as </span>${EXPORT_FORMAT_LABELS[format]}</a>`;
  });
  // The lead-in has a line of its own in the narrow desktop column, so no link wraps alone.
  return html`<p class="mt-2 text-xs text-muted"><span aria-hidden="true" class="lg:block">Download annotations: </span>${links}</p>`;
}
