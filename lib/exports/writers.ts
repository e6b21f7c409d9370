import type { PublishedArticle } from "@/db/queries/articles";
import { CLAIM_REVIEW_MEDIA_TYPE, claimReviewGraph } from "./claim-review";
import { articleCsv, CSV_MEDIA_TYPE } from "./csv";
import type { ExportFormat } from "./formats";
import { WEB_ANNOTATION_MEDIA_TYPE, webAnnotationCollection } from "./web-annotation";

/** How one format is written and served. */
export interface ExportWriter {
  mediaType: string;
  /** The name a browser saves the download under. */
  filename: (slug: string) => string;
  write: (article: PublishedArticle, base: URL) => string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Each format's writer: adding a format is one entry here and its name in formats.ts. */
export const EXPORT_WRITERS: Record<ExportFormat, ExportWriter> = {
  w3c: {
    mediaType: WEB_ANNOTATION_MEDIA_TYPE,
    filename: (slug) => `${slug}-annotations.json`,
    write: (article, base) => json(webAnnotationCollection(article, base)),
  },
  csv: {
    mediaType: CSV_MEDIA_TYPE,
    filename: (slug) => `${slug}-annotations.csv`,
    write: articleCsv,
  },
  claimreview: {
    mediaType: CLAIM_REVIEW_MEDIA_TYPE,
    filename: (slug) => `${slug}-claimreview.json`,
    write: (article, base) => json(claimReviewGraph(article, base)),
  },
};
