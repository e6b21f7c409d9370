import { and, asc, eq, gte } from "drizzle-orm";
import type { Db } from "../client";
import type { AnnotationKind, SpeakerType, SuggestionDecision } from "../enums";
import { annotations, speakers, suggestionDecisions } from "../schema";

/** A suggestion someone rejected in an article: its quote and kind. */
export interface RejectedSuggestion {
  quote: string;
  kind: AnnotationKind;
}

/** The distinct suggestions rejected in one article. */
export async function listRejectedSuggestions(
  db: Db,
  articleId: string,
): Promise<RejectedSuggestion[]> {
  return db
    .selectDistinct({ quote: suggestionDecisions.quote, kind: suggestionDecisions.kind })
    .from(suggestionDecisions)
    .where(
      and(
        eq(suggestionDecisions.articleId, articleId),
        eq(suggestionDecisions.decision, "rejected"),
      ),
    );
}

/** The annotation an acceptance created, as it is now. */
export interface AcceptedAnnotationNow {
  kind: AnnotationKind;
  cue: string;
  detached: boolean;
  speakerName: string | null;
  speakerAliases: string[] | null;
}

/** A decision with what was suggested and, for an acceptance, its annotation as it is now. */
export interface DecisionOutcomeRow {
  rule: string;
  decision: SuggestionDecision;
  kind: AnnotationKind;
  speakerName: string | null;
  speakerType: SpeakerType | null;
  cue: string;
  /** Null for a rejection, and for an acceptance whose annotation was deleted for good. */
  annotation: AcceptedAnnotationNow | null;
}

/** Every decision since `since` (all when null), with the current state of accepted annotations. */
export async function listDecisionOutcomes(
  db: Db,
  since: Date | null = null,
): Promise<DecisionOutcomeRow[]> {
  const rows = await db
    .select({
      rule: suggestionDecisions.rule,
      decision: suggestionDecisions.decision,
      kind: suggestionDecisions.kind,
      speakerName: suggestionDecisions.speakerName,
      speakerType: suggestionDecisions.speakerType,
      cue: suggestionDecisions.cue,
      annotationId: annotations.id,
      annotationKind: annotations.kind,
      annotationCue: annotations.cue,
      annotationDetachedAt: annotations.detachedAt,
      annotationSpeakerName: speakers.name,
      annotationSpeakerAliases: speakers.aliases,
    })
    .from(suggestionDecisions)
    .leftJoin(annotations, eq(annotations.id, suggestionDecisions.annotationId))
    .leftJoin(speakers, eq(speakers.id, annotations.speakerId))
    .where(since ? gte(suggestionDecisions.decidedAt, since) : undefined)
    .orderBy(asc(suggestionDecisions.rule), asc(suggestionDecisions.id));
  return rows.map((row) => ({
    rule: row.rule,
    decision: row.decision,
    kind: row.kind,
    speakerName: row.speakerName,
    speakerType: row.speakerType,
    cue: row.cue,
    annotation:
      row.annotationId && row.annotationKind
        ? {
            kind: row.annotationKind,
            cue: row.annotationCue ?? "",
            detached: row.annotationDetachedAt !== null,
            speakerName: row.annotationSpeakerName,
            speakerAliases: row.annotationSpeakerAliases,
          }
        : null,
  }));
}
