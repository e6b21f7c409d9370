import { LRUCache } from "lru-cache";
import { plainText } from "@/lib/editor/anchors";
import { readStoredDocument } from "@/lib/editor/schema";
import { claimReviewScriptText } from "@/lib/exports/claim-review";
import { exportPath } from "@/lib/exports/formats";
import { shortenText } from "@/lib/format/shorten";
import { publicBaseUrl } from "@/lib/public-url";
import { articleMainHtml, kindCounts, type RenderedArticle } from "@/lib/render/article-page";
import { articleBodyHtml } from "@/lib/render/document";
import { notesHtml, whoSaidWhatHtml } from "@/lib/render/notes";
import { readerDocument } from "@/lib/render/page-shell";
import { fitFilter, readerFilterQuery, type RequestedFilter } from "@/lib/render/reader-filter";
import { type ReaderVerdict, readerAnnotations, readerVerdicts } from "@/lib/render/reader-model";
import { verdictCounts, verdictSummary } from "@/lib/render/verdicts";
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
  const verdicts = readerVerdicts(article.verdictScale);
  return {
    title: article.title,
    description: shortenText(plainText(doc), DESCRIPTION_LENGTH),
    publishedAt: article.publishedAt,
    revisionNumber: article.revisionNumber,
    annotationCount: annotations.length,
    counts: {
      kinds: kindCounts(annotations.map((a) => a.kind)),
      verdicts: verdictCounts(annotations),
      withoutVerdict: annotations.filter((a) => !a.verdict).length,
    },
    verdicts,
    verdictSummary: verdictSummary(annotations, verdicts),
    checkedArticle: article.checkedArticle ?? null,
    structuredData: claimReviewScriptText(article, publicBaseUrl(), annotations),
    bodyHtml: articleBodyHtml(doc, annotations),
    whoSaidWhatHtml: whoSaidWhatHtml(annotations),
    notesHtml: notesHtml(annotations),
  };
}

// A revision never changes, so its page is made once and kept: the most recently read
// revisions (a few hundred kB each), and each filter choice of them as finished bytes. A
// filter is fitted to the revision's verdicts first (unknown kinds and verdicts dropped), so
// an address names one of the few variants an article has, and the LRUs bound how many are
// kept. The verdicts are kept apart, and longer (a few small objects per revision): fitting a
// filter must not render a revision again whose pages are still kept.
const revisions = new LRUCache<string, Promise<RenderedArticle | null>>({ max: 16 });
const pages = new LRUCache<string, Promise<StaticPage | null>>({ max: 64 });
const revisionVerdicts = new LRUCache<string, ReaderVerdict[]>({ max: 1024 });

function renderedRevision(revisionId: string): Promise<RenderedArticle | null> {
  return sharedPromise(revisions, revisionId, async () => {
    const article = await renderRevision(revisionId);
    if (article) revisionVerdicts.set(revisionId, article.verdicts);
    return article;
  });
}

/**
 * The reader page of an address as finished bytes, or null when nothing is published there.
 * Which revision is live is looked up on every request that reaches it (one indexed read; the
 * front door answers repeats within a second and forgets them on publish), so a new publish
 * shows at once; everything else comes from memory after the revision's first request.
 */
export async function articlePage(
  slug: string,
  requested: RequestedFilter,
): Promise<StaticPage | null> {
  const revisionId = await liveRevisionId(slug);
  if (!revisionId) return null;
  let verdicts = revisionVerdicts.get(revisionId);
  if (!verdicts) {
    const article = await renderedRevision(revisionId);
    if (!article) return null;
    verdicts = article.verdicts;
  }
  const filter = fitFilter(requested, verdicts);
  const key = `${slug}/${revisionId}${readerFilterQuery(filter, verdicts)}`;
  return sharedPromise(pages, key, async () => {
    const article = await renderedRevision(revisionId);
    if (!article) return null;
    const path = `/a/${slug}`;
    const meta = {
      title: article.title,
      description: article.description,
      canonical: new URL(path, publicBaseUrl()).href,
      openGraphType: "article" as const,
      publishedTime: article.publishedAt,
      structuredData: article.structuredData,
    };
    const main = articleMainHtml(article, filter, exportPath(slug));
    return staticPage(readerDocument(meta, readerAssets(), main));
  });
}
