import type { PublishedAnnotationRow } from "@/db/queries/public-annotations";
import type { LiveArticleDetail, LiveArticleRow, QuotedSpeakerRow } from "@/db/queries/public-api";
import type { RevisionSpeaker } from "@/db/revision-snapshot";
import type {
  ApiAnnotation,
  ApiArticle,
  ApiClaim,
  ApiSpeaker,
  ArticleSummary,
  SpeakerSummary,
} from "./schemas";

// Rows as the queries read them from published revisions → the API's documented shapes.
// Every field is picked by name, so nothing a revision holds beyond them (ids of speakers and
// sources, aliases) leaks out by accident.

/** Microseconds since the epoch (text) as an ISO 8601 moment, to the millisecond. */
function isoFromMicros(micros: string): string {
  return new Date(Number(BigInt(micros) / 1000n)).toISOString();
}

const articleUrl = (slug: string, base: URL) => new URL(`/a/${slug}`, base).href;

/** Where readers see the annotation: its note on the article's page. */
export function annotationPermalink(articleSlug: string, annotationId: string, base: URL): string {
  return `${articleUrl(articleSlug, base)}#annotation-${annotationId}`;
}

function apiSpeaker(speaker: Omit<RevisionSpeaker, "aliases">, base: URL): ApiSpeaker {
  return {
    slug: speaker.slug,
    name: speaker.name,
    type: speaker.type,
    description: speaker.description ?? "",
    url: new URL(`/speakers/${speaker.slug}`, base).href,
  };
}

export function articleSummary(row: LiveArticleRow, base: URL): ArticleSummary {
  return {
    slug: row.slug,
    title: row.title,
    url: articleUrl(row.slug, base),
    publishedAt: isoFromMicros(row.publishedMicros),
    revision: row.revisionNumber,
    counts: row.counts,
    verdictCounts: row.verdictCounts.map(({ slug, label, rating, count }) => ({
      slug,
      label,
      rating,
      count,
    })),
    checkedArticle: row.checkedArticle && {
      outlet: row.checkedArticle.outlet,
      author: row.checkedArticle.author,
      url: row.checkedArticle.url,
      date: row.checkedArticle.date,
    },
  };
}

export function apiAnnotation(row: PublishedAnnotationRow, base: URL): ApiAnnotation {
  const { annotation: a, verdict } = row;
  const speaker = row.speaker && a.speakerId ? apiSpeaker(row.speaker, base) : null;
  return {
    id: a.id,
    number: row.number,
    kind: a.kind,
    quote: a.quote,
    prefix: a.prefix,
    suffix: a.suffix,
    start: a.start,
    end: a.end,
    speaker,
    // As on the reader page: the flag means nothing on a verified fact or beside a speaker.
    unattributed: a.unattributed === true && !speaker && a.kind !== "verified_fact",
    cue: a.cue,
    note: a.note,
    verdict: verdict && { slug: verdict.slug, label: verdict.label, rating: verdict.rating },
    conclusion: verdict ? (a.conclusion ?? "") : "",
    sources: row.sources.map((source) => ({
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      publishedAt: source.publishedAt,
      archivedUrl: source.archivedUrl,
      relation: source.relation,
      excerpt: source.excerpt,
    })),
    permalink: annotationPermalink(row.articleSlug, a.id, base),
    createdAt: a.createdAt ?? null,
    modifiedAt: a.modifiedAt ?? null,
    creatorName: a.creatorName ?? null,
  };
}

export function apiClaim(row: PublishedAnnotationRow, base: URL): ApiClaim {
  return {
    ...apiAnnotation(row, base),
    article: {
      slug: row.articleSlug,
      title: row.articleTitle,
      url: articleUrl(row.articleSlug, base),
      publishedAt: isoFromMicros(row.publishedMicros),
    },
  };
}

export function apiArticle(
  article: LiveArticleDetail,
  annotations: PublishedAnnotationRow[],
  base: URL,
): ApiArticle {
  const { bestRating, worstRating, verdicts } = article.verdictScale;
  return {
    ...articleSummary(article, base),
    newsroom: article.newsroom && {
      name: article.newsroom.name,
      url: article.newsroom.url,
      logoUrl: article.newsroom.logoUrl,
    },
    verdictScale: {
      bestRating,
      worstRating,
      verdicts: verdicts.map(({ slug, label, definition, rating }) => ({
        slug,
        label,
        definition,
        rating,
      })),
    },
    annotations: annotations.map((row) => apiAnnotation(row, base)),
  };
}

export function speakerSummary(row: QuotedSpeakerRow, base: URL): SpeakerSummary {
  return { ...apiSpeaker(row, base), counts: row.counts };
}
