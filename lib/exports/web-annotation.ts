import type { SourceRelation } from "@/db/enums";
import type { PublishedArticle } from "@/db/queries/articles";
import type { RevisionVerdictScale } from "@/db/revision-snapshot";
import { plainText } from "@/lib/editor/anchors";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { readStoredDocument } from "@/lib/editor/schema";
import { NO_NAMED_SOURCE } from "@/lib/format/labels";
import { annotationPermalink, articleUrl } from "@/lib/public-url";
import { type ExportAnnotation, exportAnnotations } from "./export-annotations";
import { exportPath } from "./formats";

/** The W3C Web Annotation context; also the profile of the media type. */
export const WEB_ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const WEB_ANNOTATION_MEDIA_TYPE = `application/ld+json; profile="${WEB_ANNOTATION_CONTEXT}"`;

/**
 * Terms the Web Annotation vocabulary lacks, mapped to IRIs as the model's extension rules
 * ask: a speaker's description and a source's bibliographic details from Dublin Core and
 * schema.org, a verdict as a schema.org Rating (as ClaimReview rates claims), and how a source
 * bears on the claim (supports, contradicts, context).
 */
const EXTENSION_CONTEXT = {
  dcterms: "http://purl.org/dc/terms/",
  schema: "https://schema.org/",
  claimmark: "urn:claimmark:terms:",
  description: "dcterms:description",
  title: "dcterms:title",
  publisher: "dcterms:publisher",
  issued: "dcterms:issued",
  archivedAt: { "@id": "schema:archivedAt", "@type": "@id" },
  Rating: "schema:Rating",
  ratingValue: "schema:ratingValue",
  bestRating: "schema:bestRating",
  worstRating: "schema:worstRating",
  relation: "claimmark:relation",
} as const;

/** The software that wrote every annotation of the export. */
const GENERATOR_NAME = "Claimmark";

type Selector =
  | { type: "TextQuoteSelector"; exact: string; prefix?: string; suffix?: string }
  | { type: "TextPositionSelector"; start: number; end: number };

type Body =
  | { type: "TextualBody"; purpose: string; value: string; format: "text/plain" }
  | {
      type: "SpecificResource";
      purpose: "identifying";
      source: { id: string; type: "Person" | "Organization"; name: string; description?: string };
    }
  | {
      type: "SpecificResource";
      purpose: "assessing";
      source: {
        id: string;
        type: "Rating";
        name: string;
        description?: string;
        ratingValue?: number;
        bestRating?: number;
        worstRating?: number;
      };
    }
  | {
      type: "SpecificResource";
      purpose: "linking";
      relation: SourceRelation;
      source: {
        id: string;
        type: "Text";
        title: string;
        publisher?: string;
        issued?: string;
        archivedAt?: string;
      };
      selector?: Selector;
    };

interface Agent {
  id?: string;
  type: "Person" | "Software";
  name: string;
  homepage?: string;
}

export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "classifying";
  /** Absent for revisions published before Claimmark froze these times. */
  created?: string;
  modified?: string;
  /** Who made it, by display name only; absent when they have none. */
  creator?: Agent;
  generator: Agent;
  /** The stable link to its span on the reader page. */
  canonical: string;
  body: Body[];
  target: { type: "SpecificResource"; source: string; selector: Selector[] };
}

export interface WebAnnotationCollection {
  "@context": [typeof WEB_ANNOTATION_CONTEXT, typeof EXTENSION_CONTEXT];
  id: string;
  type: "AnnotationCollection";
  label: string;
  created: string;
  total: number;
  first: {
    id: string;
    type: "AnnotationPage";
    partOf: string;
    startIndex: 0;
    items: WebAnnotation[];
  };
}

/**
 * Position selectors count characters (Unicode code points); the stored offsets count
 * UTF-16 units, as JavaScript strings do. Maps one to the other for a whole text at once.
 */
function codePointOffsets(text: string): Uint32Array {
  const offsets = new Uint32Array(text.length + 1);
  let points = 0;
  for (let unit = 0; unit < text.length; unit++, points++) {
    offsets[unit] = points;
    const code = text.charCodeAt(unit);
    const next = text.charCodeAt(unit + 1);
    // A surrogate pair is one character: both halves map to where it starts.
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      offsets[++unit] = points;
    }
  }
  offsets[text.length] = points;
  return offsets;
}

function textBody(purpose: string, value: string): Body[] {
  return value ? [{ type: "TextualBody", purpose, value, format: "text/plain" }] : [];
}

/**
 * Who it is attributed to: the speaker (`identifying`), or, for a claim deliberately left
 * unattributed, a "No named source" tag in its place.
 */
function speakerBody(annotation: ExportAnnotation, base: URL): Body[] {
  if (annotation.unattributed) return textBody("tagging", NO_NAMED_SOURCE);
  const speaker = annotation.speaker;
  if (!speaker) return [];
  return [
    {
      type: "SpecificResource",
      purpose: "identifying",
      source: {
        id: new URL(`/speakers/${speaker.slug}`, base).href,
        type: speaker.type === "organization" ? "Organization" : "Person",
        name: speaker.name,
        ...(speaker.description ? { description: speaker.description } : {}),
      },
    },
  ];
}

/**
 * The verdict as an assessment whose source is a schema.org Rating on the newsroom's scale
 * (no numbers for a verdict off the scale, such as "Unproven"), then the conclusion.
 */
function verdictBodies(annotation: ExportAnnotation, scale: RevisionVerdictScale): Body[] {
  const verdict = annotation.verdict;
  if (!verdict) return [];
  const { bestRating, worstRating } = scale;
  const rated = verdict.rating !== null && bestRating !== null && worstRating !== null;
  return [
    {
      type: "SpecificResource",
      purpose: "assessing",
      source: {
        id: `urn:uuid:${verdict.id}`,
        type: "Rating",
        name: verdict.label,
        ...(verdict.definition ? { description: verdict.definition } : {}),
        ...(rated ? { ratingValue: verdict.rating!, bestRating, worstRating } : {}),
      },
    },
    ...textBody("assessing", annotation.conclusion),
  ];
}

/** When it was made and changed, and by whom; each left out when the revision lacks it. */
function provenance(annotation: ExportAnnotation): Partial<WebAnnotation> {
  const { createdAt, modifiedAt, creatorName } = annotation.frozen;
  return {
    ...(createdAt ? { created: createdAt } : {}),
    ...(modifiedAt ? { modified: modifiedAt } : {}),
    ...(creatorName ? { creator: { type: "Person", name: creatorName } } : {}),
  };
}

function sourceBodies(annotation: ExportAnnotation): Body[] {
  return annotation.sources.map((source) => ({
    type: "SpecificResource",
    purpose: "linking",
    relation: source.relation,
    source: {
      id: source.url,
      type: "Text",
      title: source.title,
      ...(source.publisher ? { publisher: source.publisher } : {}),
      ...(source.publishedAt ? { issued: source.publishedAt } : {}),
      ...(source.archivedUrl ? { archivedAt: source.archivedUrl } : {}),
    },
    // The passage of the source that bears on the claim.
    ...(source.excerpt ? { selector: { type: "TextQuoteSelector", exact: source.excerpt } } : {}),
  }));
}

/**
 * A published revision as a W3C Web Annotation collection: one annotation per annotated
 * span, in document order, its bodies saying what kind of statement it is, who it is
 * attributed to, the cue and note, the verdict and conclusion, and each source; its target
 * selects the span in the article by quote (with 32 characters of context) and by position in
 * the article's plain text (each text block's text, blocks separated by a blank line). Each
 * also says when and by whom it was made, that Claimmark wrote it, and its span's stable link.
 */
export function webAnnotationCollection(
  article: PublishedArticle,
  base: URL,
): WebAnnotationCollection {
  const target = articleUrl(base, article.slug);
  const collectionUrl = new URL(exportPath(article.slug), base).href;
  const offsets = codePointOffsets(plainText(readStoredDocument(article.doc)));
  const position = (offset: number) => offsets[Math.min(offset, offsets.length - 1)]!;
  const generator: Agent = {
    id: base.href,
    type: "Software",
    name: GENERATOR_NAME,
    homepage: base.href,
  };

  const items = exportAnnotations(article).map((annotation): WebAnnotation => {
    const anchor = annotation.frozen;
    return {
      id: `urn:uuid:${annotation.id}`,
      type: "Annotation",
      motivation: "classifying",
      ...provenance(annotation),
      generator,
      canonical: annotationPermalink(base, article.slug, annotation.id),
      body: [
        ...textBody("classifying", KIND_LABELS[annotation.kind].one),
        ...speakerBody(annotation, base),
        ...textBody("describing", annotation.cue),
        ...textBody("commenting", annotation.note),
        ...verdictBodies(annotation, article.verdictScale),
        ...sourceBodies(annotation),
      ],
      target: {
        type: "SpecificResource",
        source: target,
        selector: [
          {
            type: "TextQuoteSelector",
            exact: anchor.quote,
            prefix: anchor.prefix,
            suffix: anchor.suffix,
          },
          {
            type: "TextPositionSelector",
            start: position(anchor.start),
            end: position(anchor.end),
          },
        ],
      },
    };
  });

  return {
    "@context": [WEB_ANNOTATION_CONTEXT, EXTENSION_CONTEXT],
    id: collectionUrl,
    type: "AnnotationCollection",
    label: `Annotations of “${article.title}”, revision ${article.revisionNumber}`,
    created: article.publishedAt.toISOString(),
    total: items.length,
    first: {
      id: `${collectionUrl}#page-1`,
      type: "AnnotationPage",
      partOf: collectionUrl,
      startIndex: 0,
      items,
    },
  };
}
