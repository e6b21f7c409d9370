import { z } from "zod";

/** The formats an article's annotations export in; the first is what an address without one gives. */
export const EXPORT_FORMATS = ["w3c", "csv", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const DEFAULT_EXPORT_FORMAT: ExportFormat = "w3c";

/** How each format is named on the reader page's download line. */
export const EXPORT_FORMAT_LABELS = {
  w3c: "JSON (W3C)",
  csv: "CSV",
  claimreview: "ClaimReview",
} as const satisfies Record<ExportFormat, string>;

/** `?format=` as the exports endpoint reads it: absent means the default. */
export const exportFormatSchema = z
  .enum(EXPORT_FORMATS, {
    error: (issue) =>
      `“${String(issue.input)}” is not an export format. Use one of: ${EXPORT_FORMATS.join(", ")}.`,
  })
  .default(DEFAULT_EXPORT_FORMAT);

/** Where an article's export in one format lives, so links in it and to it agree. */
export function exportPath(slug: string, format: ExportFormat = DEFAULT_EXPORT_FORMAT): string {
  return `/api/exports/${slug}${formatQuery(format)}`;
}

/** The query that picks a format; none for the default, whose address stays as it always was. */
export function formatQuery(format: ExportFormat): string {
  return format === DEFAULT_EXPORT_FORMAT ? "" : `?format=${format}`;
}
