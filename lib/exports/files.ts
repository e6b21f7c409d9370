import { LRUCache } from "lru-cache";
import type { PublishedArticle } from "@/db/queries/articles";
import { publicBaseUrl } from "@/lib/public-url";
import { liveRevisionId, revisionById } from "@/lib/reader/cache";
import { sharedPromise } from "@/lib/reader/shared-promise";
import { staticPage, type StaticPage } from "@/lib/reader/static-page";
import { CLAIM_REVIEW_MEDIA_TYPE, claimReviewGraph } from "./claim-review";
import { articleCsv, CSV_MEDIA_TYPE } from "./csv";
import type { ExportFormat } from "./formats";
import { WEB_ANNOTATION_MEDIA_TYPE, webAnnotationCollection } from "./web-annotation";

/** How one format is written and served. */
interface ExportWriter {
  mediaType: string;
  /** The name a browser saves the download under. */
  filename: (slug: string) => string;
  write: (article: PublishedArticle, base: URL) => string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

const WRITERS: Record<ExportFormat, ExportWriter> = {
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

/** One export of one revision as finished bytes, with how to serve it. */
export interface ExportFile {
  bytes: StaticPage;
  mediaType: string;
  filename: string;
}

// A revision never changes, so each of its exports is written once and kept as bytes (gzipped
// too, with their ETag): the most recently asked for, a few hundred kB at most each.
const files = new LRUCache<string, Promise<ExportFile | null>>({ max: 48 });

/**
 * The export of what readers of an address see now, in one format, or null when nothing is
 * published there. Which revision is live is looked up on every request, as for the reader
 * page, so a new publish or an unpublish shows at once.
 */
export async function exportFile(slug: string, format: ExportFormat): Promise<ExportFile | null> {
  const revisionId = await liveRevisionId(slug);
  if (!revisionId) return null;
  return sharedPromise(files, `${slug}/${revisionId}/${format}`, async () => {
    const article = await revisionById(revisionId);
    if (!article) return null;
    const writer = WRITERS[format];
    return {
      bytes: staticPage(writer.write(article, publicBaseUrl())),
      mediaType: writer.mediaType,
      filename: writer.filename(slug),
    };
  });
}
