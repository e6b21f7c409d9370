import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { AnnotationKind } from "@/db/enums";
import { listVerdicts } from "@/db/queries/verdicts";
import { annotations, articles, speakers } from "@/db/schema";
import type { ActorWithRole } from "@/lib/actor";
import { updateAnnotationDetails } from "@/lib/annotations/details";
import { createDraftArticle, saveArticleDocument } from "@/lib/articles/save";
import { addSourceToAnnotation } from "@/lib/sources/manage";
import { addSourceSchema } from "@/lib/sources/schemas";
import { createSpeaker } from "@/lib/speakers/manage";
import { annotatedDoc } from "./documents";

// A small newsroom for the search tests: two articles about a bridge, built through the same use
// cases the studio calls, so the search reads rows exactly as the app writes them.

export interface SpanSpec {
  key: string;
  kind: AnnotationKind;
  text: string;
  note?: string;
  speaker?: string;
  verdict?: boolean;
  source?: string;
}

export interface BuiltArticle {
  id: string;
  ids: Record<string, string>;
}

export function searchNewsroom(db: Db, actor: ActorWithRole) {
  const speakerIds = new Map<string, string>();
  return {
    async speaker(name: string, aliases: string[] = []): Promise<string> {
      const made = await createSpeaker(db, actor, { name, type: "person", description: "" });
      if (aliases.length)
        await db.update(speakers).set({ aliases }).where(eq(speakers.id, made.id));
      speakerIds.set(name, made.id);
      return made.id;
    },
    /** A draft whose paragraph is each span's text, one after another, with its details. */
    async article(title: string, spans: SpanSpec[]): Promise<BuiltArticle> {
      const { id } = await createDraftArticle(db, actor);
      const ids = Object.fromEntries(spans.map((span) => [span.key, randomUUID()]));
      const pieces = spans.flatMap((span) => [
        { text: span.text, id: ids[span.key]!, kind: span.kind },
        " ",
      ]);
      await saveArticleDocument(db, actor, {
        articleId: id,
        baseVersion: 1,
        title,
        doc: annotatedDoc(pieces),
      });
      const [verdict] = await listVerdicts(db);
      for (const span of spans) {
        await updateAnnotationDetails(db, actor, {
          id: ids[span.key]!,
          version: 1,
          speakerId: span.speaker ? speakerIds.get(span.speaker)! : null,
          unattributed: !span.speaker && span.kind !== "verified_fact",
          cue: "",
          note: span.note ?? "",
          ...(span.verdict
            ? { verdictId: verdict!.id, conclusion: "The record shows otherwise." }
            : {}),
        });
        if (span.source) {
          await addSourceToAnnotation(
            db,
            actor,
            addSourceSchema.parse({
              annotationId: ids[span.key],
              relation: "supports",
              url: `https://records.example/${ids[span.key]}`,
              title: span.source,
            }),
          );
        }
      }
      return { id, ids };
    },
    /** Changes a draft's text (its quote) after the fact, keeping the mark's id. */
    async retype(article: BuiltArticle, key: string, kind: AnnotationKind, text: string) {
      const [row] = await db
        .select({ version: articles.version, title: articles.title })
        .from(articles)
        .where(eq(articles.id, article.id));
      await saveArticleDocument(db, actor, {
        articleId: article.id,
        baseVersion: row!.version,
        title: row!.title,
        doc: annotatedDoc([{ text, id: article.ids[key]!, kind }]),
      });
    },
    async detach(annotationId: string) {
      await db
        .update(annotations)
        .set({ detachedAt: new Date() })
        .where(eq(annotations.id, annotationId));
    },
  };
}
