import type { CheckedArticle } from "@/db/revision-snapshot";
import { formatDate } from "@/lib/format/dates";
import { isHttpUrl } from "@/lib/text/urls";
import { html, type SafeHtml } from "./html";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The outlet's date as a Date, or null when the stored value is not a real calendar date. */
function calendarDate(value: string | null): Date | null {
  if (!value || !ISO_DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/** What the link to the original says: its outlet, or else the address's host. */
function originalLinkText(checked: CheckedArticle, url: URL): string {
  return checked.outlet.trim() || url.host;
}

/**
 * Where the fact-checked piece came from: "Checked article: Riverton Courier, by Hana Ostrova,
 * originally published 24 May 2026". The date is the outlet's and says so, so it is never read
 * as this page's own publication date (which the line above calls "Fact-check published").
 * The original is linked only at an http(s) address, `nofollow` (a fact-check is no
 * endorsement) and `noopener`. Empty for revisions without provenance.
 */
export function provenanceHtml(checked: CheckedArticle | null | undefined): SafeHtml | "" {
  if (!checked) return "";
  const url = checked.url && isHttpUrl(checked.url) ? new URL(checked.url) : null;
  const outlet = url
    ? html`<a href="${url.href}" rel="nofollow noopener" class="underline underline-offset-2">${originalLinkText(checked, url)}</a>`
    : checked.outlet.trim();
  const author = checked.author.trim() ? `by ${checked.author.trim()}` : "";
  const day = calendarDate(checked.date);
  const date = day
    ? html`originally published <time datetime="${checked.date}" class="whitespace-nowrap">${formatDate(day)}</time>`
    : "";
  const parts = [outlet, author, date].filter((part) => part !== "");
  if (parts.length === 0) return "";
  const joined = parts.map((part, i) => html`${i > 0 ? ", " : ""}${part}`);
  return html`<p class="checked-article rounded-md border border-rule px-4 py-3 font-sans text-sm"><strong class="font-semibold">Checked article:</strong> ${joined}</p>`;
}
