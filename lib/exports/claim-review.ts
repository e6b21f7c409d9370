// schema.org ClaimReview for every rated claim of a published revision: what fact-check
// aggregators read. Built from the revision alone, so it never changes for a revision.
import type {
  ClaimReview,
  CreativeWork,
  Graph,
  Organization,
  Person,
  Rating,
  WithContext,
} from "schema-dts";
import type { PublishedArticle } from "@/db/queries/articles";
import type { CheckedArticle, RevisionVerdict } from "@/db/revision-snapshot";
import { annotationPermalink, articleUrl } from "@/lib/public-url";
import { type ReaderAnnotation, readerAnnotations } from "@/lib/render/reader-model";

export const CLAIM_REVIEW_MEDIA_TYPE = "application/ld+json";

/** A rated claim: a claim or allegation whose verdict the revision's scale holds. */
type RatedClaim = ReaderAnnotation & { verdict: RevisionVerdict };

function ratedClaims(annotations: readonly ReaderAnnotation[]): RatedClaim[] {
  return annotations.filter(
    (annotation): annotation is RatedClaim =>
      annotation.verdict !== null && annotation.kind !== "verified_fact",
  );
}

/** The newsroom as the review's author; a revision from before settings is named by its host. */
function reviewAuthor(article: PublishedArticle, base: URL): Organization {
  const newsroom = article.newsroom;
  return {
    "@type": "Organization",
    name: newsroom?.name.trim() || base.host,
    url: newsroom?.url ?? base.href,
    ...(newsroom?.logoUrl ? { logo: { "@type": "ImageObject", url: newsroom.logoUrl } } : {}),
  };
}

/** Who made the claim: a Person (with their role as job title) or an Organization. */
function claimAuthor(annotation: ReaderAnnotation, base: URL): Person | Organization | null {
  const speaker = annotation.speaker;
  if (!speaker) return null;
  const url = new URL(`/speakers/${speaker.slug}`, base).href;
  if (speaker.type === "organization") {
    return {
      "@type": "Organization",
      name: speaker.name,
      url,
      ...(speaker.description ? { description: speaker.description } : {}),
    };
  }
  return {
    "@type": "Person",
    name: speaker.name,
    url,
    ...(speaker.description ? { jobTitle: speaker.description } : {}),
  };
}

/** The checked article, where the claim was published before this fact-check looked at it. */
function checkedAppearance(checked: CheckedArticle): CreativeWork {
  return {
    "@type": "CreativeWork",
    ...(checked.url ? { url: checked.url } : {}),
    ...(checked.outlet ? { publisher: { "@type": "Organization", name: checked.outlet } } : {}),
    ...(checked.author ? { author: { "@type": "Person", name: checked.author } } : {}),
    ...(checked.date ? { datePublished: checked.date } : {}),
  };
}

function reviewRating(claim: RatedClaim, article: PublishedArticle): Rating {
  const { bestRating, worstRating } = article.verdictScale;
  const numeric = claim.verdict.rating !== null && bestRating !== null && worstRating !== null;
  return {
    "@type": "Rating",
    alternateName: claim.verdict.label,
    // "Unproven"-style verdicts sit off the scale: a number would claim a place on it.
    ...(numeric ? { ratingValue: claim.verdict.rating!, bestRating, worstRating } : {}),
    ...(claim.conclusion ? { ratingExplanation: claim.conclusion } : {}),
  };
}

/**
 * One ClaimReview per rated claim, in document order. The reader page passes the annotations
 * it has already resolved, so its render does not resolve them a second time.
 */
export function claimReviews(
  article: PublishedArticle,
  base: URL,
  annotations: readonly ReaderAnnotation[] = readerAnnotations(article),
): WithContext<ClaimReview>[] {
  const author = reviewAuthor(article, base);
  const checked = article.checkedArticle;
  // Without provenance the claim is known to appear in the text as this page reproduces it.
  const appearance: CreativeWork = checked
    ? checkedAppearance(checked)
    : { "@type": "CreativeWork", url: articleUrl(base, article.slug), headline: article.title };
  return ratedClaims(annotations).map((claim): WithContext<ClaimReview> => {
    const url = annotationPermalink(base, article.slug, claim.id);
    const claimant = claimAuthor(claim, base);
    return {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      "@id": url,
      url,
      claimReviewed: claim.quote,
      datePublished: article.publishedAt.toISOString(),
      author,
      reviewRating: reviewRating(claim, article),
      itemReviewed: {
        "@type": "Claim",
        ...(claimant ? { author: claimant } : {}),
        ...(checked?.date ? { datePublished: checked.date } : {}),
        appearance,
        ...(checked ? { firstAppearance: appearance } : {}),
      },
    };
  });
}

/** All of an article's ClaimReviews as one JSON-LD graph document. */
export function claimReviewGraph(
  article: PublishedArticle,
  base: URL,
  annotations?: readonly ReaderAnnotation[],
): Graph {
  return {
    "@context": "https://schema.org",
    "@graph": claimReviews(article, base, annotations).map(
      ({ "@context": _context, ...review }) => review,
    ),
  };
}

/**
 * The graph as the text of a `<script type="application/ld+json">` element, or null when the
 * article rates no claim. `<`, `>` and `&` are escaped as JSON's \u sequences so no quote
 * can close the element or open a comment; JSON parsers read them back unchanged.
 */
export function claimReviewScriptText(
  article: PublishedArticle,
  base: URL,
  annotations?: readonly ReaderAnnotation[],
): string | null {
  const graph = claimReviewGraph(article, base, annotations);
  if (graph["@graph"].length === 0) return null;
  return JSON.stringify(graph)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
