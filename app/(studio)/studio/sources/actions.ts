"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { runAction } from "@/lib/actions";
import { PERMISSIONS } from "@/lib/auth/roles";
import { deleteSource, editSource, mergeSources } from "@/lib/sources/desk";
import { editSourceSchema, mergeSourcesSchema, sourceRefSchema } from "@/lib/sources/desk-schemas";

const DESK = "/studio/sources";

export async function editSourceAction(_previous: unknown, form: FormData) {
  const result = await runAction({
    roles: PERMISSIONS.editSpeakersAndSources,
    schema: editSourceSchema,
    input: form,
    run: (actor, input) => editSource(getDb(), actor, input),
    message: "Source saved.",
    revalidate: [DESK, `${DESK}/${String(form.get("id"))}`],
  });
  // After a refusal the page shows the source as it is now, next to what was typed (kept).
  if (!result.ok && result.code === "conflict") revalidatePath(`${DESK}/${String(form.get("id"))}`);
  return result;
}

export async function mergeSourcesAction(_previous: unknown, form: FormData) {
  const result = await runAction({
    roles: PERMISSIONS.mergeSpeakersAndSources,
    schema: mergeSourcesSchema,
    input: form,
    run: (actor, input) => mergeSources(getDb(), actor, input),
    revalidate: [DESK],
  });
  if (!result.ok) return result;
  const { into, linksMoved, duplicateLinksDropped } = result.data;
  redirect(`${DESK}/${into.id}?moved=${linksMoved}&kept=${duplicateLinksDropped}`);
}

export async function deleteSourceAction(_previous: unknown, form: FormData) {
  const result = await runAction({
    roles: PERMISSIONS.mergeSpeakersAndSources,
    schema: sourceRefSchema,
    input: form,
    run: (actor, input) => deleteSource(getDb(), actor, input),
    revalidate: [DESK],
  });
  if (!result.ok) return result;
  redirect(`${DESK}?deleted=${encodeURIComponent(result.data.title)}`);
}
