import { LRUCache } from "lru-cache";
import { publicBaseUrl } from "@/lib/public-url";
import { liveRevisionId, revisionById } from "@/lib/reader/cache";
import { sharedPromise } from "@/lib/reader/shared-promise";
import { staticPage, type StaticPage } from "@/lib/reader/static-page";
import type { ExportFormat } from "./formats";
import { EXPORT_WRITERS } from "./writers";

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
    const writer = EXPORT_WRITERS[format];
    return {
      bytes: staticPage(writer.write(article, publicBaseUrl())),
      mediaType: writer.mediaType,
      filename: writer.filename(slug),
    };
  });
}
