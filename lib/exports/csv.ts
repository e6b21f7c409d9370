import { stringify } from "csv-stringify/sync";
import type { PublishedArticle } from "@/db/queries/articles";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { NO_NAMED_SOURCE, RELATION_LABELS, SPEAKER_TYPE_LABELS } from "@/lib/format/labels";
import { annotationPermalink } from "@/lib/public-url";
import { type ExportAnnotation, exportAnnotations } from "./export-annotations";

export const CSV_MEDIA_TYPE = "text/csv; charset=utf-8; header=present";

/** Between two sources in one cell: a spreadsheet shows the cell on one line. */
export const SOURCE_SEPARATOR = " | ";

/** An annotation with the stable link to its span on the reader page. */
type Row = ExportAnnotation & { permalink: string };

/** The columns, in order: each one's heading and how an annotation fills it. */
const COLUMNS: [heading: string, cell: (a: Row) => string | number | null][] = [
  ["Number", (a) => a.number],
  ["ID", (a) => a.id],
  ["Kind", (a) => KIND_LABELS[a.kind].one],
  ["Quote", (a) => a.quote],
  ["Speaker", (a) => a.speaker?.name ?? (a.unattributed ? NO_NAMED_SOURCE : "")],
  ["Speaker type", (a) => (a.speaker ? SPEAKER_TYPE_LABELS[a.speaker.type] : "")],
  ["Cue", (a) => a.cue],
  ["Note", (a) => a.note],
  ["Verdict", (a) => a.verdict?.label ?? ""],
  ["Rating", (a) => a.verdict?.rating ?? null],
  ["Conclusion", (a) => a.conclusion],
  ["Sources", sourcesCell],
  ["Permalink", (a) => a.permalink],
];

/** Each source as "Relation: title <url>", in the order they were linked. */
function sourcesCell(annotation: ExportAnnotation): string {
  return annotation.sources
    .map((source) => {
      const title = source.title ? `${source.title} ` : "";
      return `${RELATION_LABELS[source.relation]}: ${title}<${source.url}>`;
    })
    .join(SOURCE_SEPARATOR);
}

/**
 * A published revision's annotations as CSV (RFC 4180: CRLF line ends, fields quoted when
 * they hold a comma, quote or line break), one row per annotation in document order after a
 * heading row. It starts with a UTF-8 byte order mark, without which Excel reads the file in
 * the system's legacy encoding and garbles accents. A text cell a spreadsheet would run as a
 * formula (starting with = + - @, a tab or a carriage return, or their full-width forms) gets
 * a leading apostrophe, as OWASP advises; numbers are left as they are.
 */
export function articleCsv(article: PublishedArticle, base: URL): string {
  const rows = exportAnnotations(article).map((annotation) => {
    const row = {
      ...annotation,
      permalink: annotationPermalink(base, article.slug, annotation.id),
    };
    return COLUMNS.map(([, cell]) => cell(row));
  });
  return stringify(rows, {
    bom: true,
    header: true,
    columns: COLUMNS.map(([heading]) => heading),
    record_delimiter: "\r\n",
    // Setting the delimiter turns this off; a note's own line breaks must still be quoted.
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}
