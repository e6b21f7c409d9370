"use server";

import { forgetServedReaderPages } from "@/lib/reader/front-door";
import { z } from "zod";
import { getDb } from "@/db/client";
import { findArticleForEditor } from "@/lib/articles/editor-article";
import { listAnnotationHistory } from "@/lib/history";
import { runAction } from "@/lib/actions";
import {
  annotationDetailsSchema,
  deleteAnnotationForGood,
  updateAnnotationDetails,
} from "@/lib/annotations/details";
import { updateCheckedArticle } from "@/lib/articles/checked-article";
import { checkedArticleSchema } from "@/lib/articles/checked-article-schema";
import { saveArticleDocument, saveDocumentSchema } from "@/lib/articles/save";
import { TRANSITION_NAMES } from "@/lib/articles/status";
import { transitionArticle } from "@/lib/articles/workflow";
import { PERMISSIONS } from "@/lib/auth/roles";
import { addSourceToAnnotation, linkExistingSource, unlinkSource } from "@/lib/sources/manage";
import {
  addSourceSchema,
  linkExistingSourceSchema,
  unlinkSourceSchema,
} from "@/lib/sources/schemas";
import { createSpeaker } from "@/lib/speakers/manage";
import { newSpeakerSchema } from "@/lib/speakers/schemas";

// Everyone who edits drafts may use the editor; each action still checks it from the session.
const editors = { roles: PERMISSIONS.editDrafts };
const idSchema = z.object({ id: z.uuid() });

export async function saveDocumentAction(input: z.input<typeof saveDocumentSchema>) {
  return runAction({
    ...editors,
    schema: saveDocumentSchema,
    input,
    run: (user, data) => saveArticleDocument(getDb(), user, data),
  });
}

export async function saveAnnotationDetailsAction(input: z.input<typeof annotationDetailsSchema>) {
  return runAction({
    ...editors,
    schema: annotationDetailsSchema,
    input,
    run: (user, data) => updateAnnotationDetails(getDb(), user, data),
  });
}

/** The "Checked article" fields: the piece this fact-check is about. */
export async function saveCheckedArticleAction(input: z.input<typeof checkedArticleSchema>) {
  return runAction({
    ...editors,
    schema: checkedArticleSchema,
    input,
    run: (user, data) => updateCheckedArticle(getDb(), user, data),
  });
}

export async function deleteAnnotationAction(input: { id: string }) {
  return runAction({
    ...editors,
    schema: idSchema,
    input,
    run: (user, data) => deleteAnnotationForGood(getDb(), user, data),
  });
}

export async function createSpeakerAction(input: Record<string, unknown>) {
  return runAction({
    ...editors,
    schema: newSpeakerSchema,
    input,
    run: (user, data) => createSpeaker(getDb(), user, data),
  });
}

export async function addSourceAction(input: Record<string, unknown>) {
  return runAction({
    ...editors,
    schema: addSourceSchema,
    input,
    run: (user, data) => addSourceToAnnotation(getDb(), user, data),
  });
}

export async function linkSourceAction(input: Record<string, unknown>) {
  return runAction({
    ...editors,
    schema: linkExistingSourceSchema,
    input,
    run: (user, data) => linkExistingSource(getDb(), user, data),
  });
}

export async function unlinkSourceAction(input: { annotationId: string; sourceId: string }) {
  return runAction({
    ...editors,
    schema: unlinkSourceSchema,
    input,
    run: (user, data) => unlinkSource(getDb(), user, data),
  });
}

const transitionSchema = z.object({
  articleId: z.uuid(),
  transition: z.enum(TRANSITION_NAMES),
  baseVersion: z.number().int().positive().optional(),
});

/** Every transition is open to the studio's roles here; the use case checks each one's own roles. */
export async function transitionArticleAction(input: z.input<typeof transitionSchema>) {
  return runAction({
    roles: PERMISSIONS.submitForReview,
    schema: transitionSchema,
    input,
    run: async (user, data) => {
      const db = getDb();
      const result = await transitionArticle(db, user, data);
      // What readers see may have changed (a publish, unpublish or archive).
      forgetServedReaderPages();
      const article = await findArticleForEditor(db, data.articleId);
      return { ...result, slug: article?.slug ?? null };
    },
    revalidate: ["/studio"],
  });
}

export async function annotationHistoryAction(input: { id: string }) {
  return runAction({
    ...editors,
    schema: idSchema,
    input,
    run: (_user, data) => listAnnotationHistory(getDb(), data.id),
  });
}
