import { html, type SafeHtml } from "./html";

/**
 * "Previous · Page N of M · Next" for a paginated public list; nothing when there is one page.
 * An empty span stands in for a missing link so "Page N of M" stays centred.
 */
export function paginationHtml(
  page: number,
  pages: number,
  href: (page: number) => string,
): SafeHtml | "" {
  if (pages <= 1) return "";
  const previous =
    page > 1
      ? html`<a href="${href(page - 1)}" rel="prev" class="underline">Previous</a>`
      : html`<span></span>`;
  const next =
    page < pages
      ? html`<a href="${href(page + 1)}" rel="next" class="underline">Next</a>`
      : html`<span></span>`;
  return html`<nav aria-label="Pages" class="mt-6 flex items-center justify-between gap-4">${previous}<p class="text-sm text-muted">Page ${page} of ${pages}</p>${next}</nav>`;
}
