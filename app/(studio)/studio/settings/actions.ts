"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { type ActionResult, runAction } from "@/lib/actions";
import type { SessionUser } from "@/lib/auth/session";
import { PERMISSIONS } from "@/lib/auth/roles";
import { saveNewsroom } from "@/lib/newsroom/manage";
import { newsroomSchema } from "@/lib/newsroom/schemas";
import {
  createVerdict,
  deleteVerdict,
  editVerdict,
  moveVerdict,
  restoreVerdict,
  retireVerdict,
} from "@/lib/verdicts/manage";
import {
  deleteVerdictSchema,
  editVerdictSchema,
  moveVerdictSchema,
  newVerdictSchema,
  verdictRefSchema,
} from "@/lib/verdicts/schemas";

const SETTINGS = "/studio/settings";

/**
 * Every settings change, as an admin. A refusal because someone else changed the scale first
 * also refreshes the page, so the admin sees what changed next to what they typed (kept).
 */
async function onSettings<S extends z.ZodType, T>(
  form: FormData,
  schema: S,
  run: (actor: SessionUser, input: z.output<S>) => Promise<T>,
  message?: string,
): Promise<ActionResult<T>> {
  const result = await runAction({
    roles: PERMISSIONS.manageSettings,
    revalidate: [SETTINGS],
    schema,
    input: form,
    run,
    message,
  });
  if (!result.ok && (result.code === "conflict" || result.code === "not_found")) {
    revalidatePath(SETTINGS);
  }
  return result;
}

export async function createVerdictAction(_previous: unknown, form: FormData) {
  return onSettings(
    form,
    newVerdictSchema,
    (actor, input) => createVerdict(getDb(), actor, input),
    "Verdict added at the end of the scale.",
  );
}

export async function editVerdictAction(_previous: unknown, form: FormData) {
  return onSettings(
    form,
    editVerdictSchema,
    (actor, input) => editVerdict(getDb(), actor, input),
    "Verdict saved.",
  );
}

export async function moveVerdictAction(_previous: unknown, form: FormData) {
  return onSettings(form, moveVerdictSchema, (actor, input) => moveVerdict(getDb(), actor, input));
}

export async function retireVerdictAction(_previous: unknown, form: FormData) {
  return onSettings(form, verdictRefSchema, (actor, input) => retireVerdict(getDb(), actor, input));
}

export async function restoreVerdictAction(_previous: unknown, form: FormData) {
  return onSettings(form, verdictRefSchema, (actor, input) =>
    restoreVerdict(getDb(), actor, input),
  );
}

export async function deleteVerdictAction(_previous: unknown, form: FormData) {
  return onSettings(form, deleteVerdictSchema, (actor, input) =>
    deleteVerdict(getDb(), actor, input),
  );
}

export async function saveNewsroomAction(_previous: unknown, form: FormData) {
  return onSettings(
    form,
    newsroomSchema,
    (actor, input) => saveNewsroom(getDb(), actor, input),
    "Newsroom saved.",
  );
}
