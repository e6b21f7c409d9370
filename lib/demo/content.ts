// Demo content for Claimmark. Everything here is fictional: the town, the people, the
// organisations, the events and the sources. All URLs use the reserved .example domain.
// The texts live in one file per article; this file holds their shapes and the list.

import type { AnnotationKind, SourceKind, SourceRelation, SpeakerType } from "@/db/enums";
import type { CheckedArticle, NewsroomIdentity } from "@/db/revision-snapshot";
import { footbridgeAnnotations } from "./footbridge-annotations";
import { footbridgeArticle } from "./footbridge-article";
import { repairsArticle } from "./repairs-article";

export { demoSources, demoSpeakers } from "./people-and-sources";

export interface DemoSpeaker {
  key: string;
  slug: string;
  name: string;
  type: SpeakerType;
  description: string;
  aliases: string[];
}

export interface DemoSource {
  key: string;
  url: string;
  title: string;
  publisher: string;
  publishedAt: string | null /* YYYY-MM-DD */;
  archivedUrl: string | null;
  kind: SourceKind;
}

export interface DemoAnnotation {
  block: number; // index into the article's blocks array
  quote: string; // exact substring of that block's text
  occurrence?: number; // 0-based, when the quote appears more than once in the block (default 0)
  kind: AnnotationKind;
  speaker?: string; // DemoSpeaker.key; required for official_claim and allegation
  cue: string; // e.g. "said", "according to", "alleged", "" for verified facts
  note: string; // the fact-checker's note, one or two sentences
  sources: { source: string /* DemoSource.key */; relation: SourceRelation; excerpt: string }[];
  /** Claims and allegations: the slug of a verdict on the default scale, and its conclusion. */
  rating?: { verdict: string; conclusion: string };
}

export type DemoBlock = { type: "heading"; text: string } | { type: "paragraph"; text: string };

export interface DemoArticle {
  slug: string;
  title: string;
  status: "published" | "draft";
  blocks: DemoBlock[];
  annotations: DemoAnnotation[];
  /** The piece this article checks, as its own outlet published it. */
  checkedArticle?: CheckedArticle;
}

/** Who publishes the demo's fact-checks (ClaimReview's author). */
export const demoNewsroom: NewsroomIdentity = {
  name: "Eastmarch Fact Desk",
  url: "https://www.eastmarch-factdesk.example/",
  logoUrl: "https://www.eastmarch-factdesk.example/logo.png",
};

/** The published article first: the seed's idempotence check looks for its slug. */
export const demoArticles: DemoArticle[] = [
  { ...footbridgeArticle, annotations: footbridgeAnnotations },
  repairsArticle,
];
