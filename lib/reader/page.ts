import { LRUCache } from "lru-cache";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/db/enums";
import { plainText } from "@/lib/editor/anchors";
import { readStoredDocument } from "@/lib/editor/schema";
import { exportPath } from "@/lib/exports/formats";
import { shortenText } from "@/lib/format/shorten";
import { publicBaseUrl } from "@/lib/public-url";
import { articleMainHtml, type RenderedArticle } from "@/lib/render/article-page";
import { articleBodyHtml } from "@/lib/render/document";
import { kindFilterQuery } from "@/lib/render/kind-filter";
import { notesHtml, whoSaidWhatHtml } from "@/lib/render/notes";
import { readerDocument } from "@/lib/render/page-shell";
import { readerAnnotations } from "@/lib/render/reader-model";
import { readerAssets } from "./assets";
import { liveRevisionId, revisionById } from "./cache";
import { sharedPromise } from "./shared-promise";
import { staticPage, type StaticPage } from "./static-page";

const DESCRIPTION_LENGTH = 200;

/** The expensive part of a revision's page: its text, notes and "Who said what". */
async function renderRevision(revisionId: string): Promise<RenderedArticle | null> {
  const article = await revisionById(revisionId);
  if (!article) return null;
  const doc = readStoredDocument(article.doc);
  const annotations = readerAnnotations(article);
  const counts = Object.fromEntries(
    ANNOTATION_KINDS.map((kind) => [kind, annotations.filter((a) => a.kind === kind).length]),
  ) as Record<AnnotationKind, number>;
  return {
    title: article.title,
    description: shortenText(plainText(doc), DESCRIPTION_LENGTH),
    publishedAt: article.publishedAt,
    revisionNumber: article.revisionNumber,
    annotationCount: annotations.length,
    counts,
    bodyHtml: articleBodyHtml(doc, annotations),
    whoSaidWhatHtml: whoSaidWhatHtml(annotations),
    notesHtml: notesHtml(annotations),
  };
}

// A revision never changes, so its page is made once and kept: the most recently read
// revisions (a few hundred kB each), and each filter choice of them as finished bytes.
const revisions = new LRUCache<string, Promise<RenderedArticle | null>>({ max: 16 });
const pages = new LRUCache<string, Promise<StaticPage | null>>({ max: 64 });

/**
 * The reader page of an address as finished bytes, or null when nothing is published there.
 * Which revision is live is looked up on every request that reaches it (one indexed read; the
 * front door answers repeats within a second and forgets them on publish), so a new publish
 * shows at once; everything else comes from memory after the revision's first request.
 */
export async function articlePage(
  slug: string,
  shown: AnnotationKind[],
): Promise<StaticPage | null> {
  const revisionId = await liveRevisionId(slug);
  if (!revisionId) return null;
  return sharedPromise(pages, `${slug}/${revisionId}${kindFilterQuery(shown)}`, async () => {
    const article = await sharedPromise(revisions, revisionId, () => renderRevision(revisionId));
    if (!article) return null;
    const path = `/a/${slug}`;
    const meta = {
      title: article.title,
      description: article.description,
      canonical: new URL(path, publicBaseUrl()).href,
      openGraphType: "article" as const,
      publishedTime: article.publishedAt,
    };
    const main = articleMainHtml(article, shown, exportPath(slug));
    return staticPage(readerDocument(meta, readerAssets(), main));
  });
}
