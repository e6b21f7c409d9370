"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { runAction } from "@/lib/actions";
import { PERMISSIONS } from "@/lib/auth/roles";
import { forgetServedReaderPages } from "@/lib/reader/front-door";
import { deleteSpeaker, editSpeaker, mergeSpeakers } from "@/lib/speakers/desk";
import { editSpeakerSchema, mergeSpeakersSchema, speakerRefSchema } from "@/lib/speakers/schemas";

const DESK = "/studio/speakers";

export async function editSpeakerAction(_previous: unknown, form: FormData) {
  const result = await runAction({
    roles: PERMISSIONS.editSpeakersAndSources,
    schema: editSpeakerSchema,
    input: form,
    run: (actor, input) => editSpeaker(getDb(), actor, input),
    message: "Speaker saved.",
    revalidate: [DESK, `${DESK}/${String(form.get("id"))}`],
  });
  // After a refusal the page shows the speaker as it is now, next to what was typed (kept).
  if (!result.ok && result.code === "conflict") revalidatePath(`${DESK}/${String(form.get("id"))}`);
  return result;
}

export async function mergeSpeakersAction(_previous: unknown, form: FormData) {
  const result = await runAction({
    roles: PERMISSIONS.mergeSpeakersAndSources,
    schema: mergeSpeakersSchema,
    input: form,
    run: (actor, input) => mergeSpeakers(getDb(), actor, input),
    revalidate: [DESK],
  });
  if (!result.ok) return result;
  // Public speaker pages now list the merged speaker's claims under the survivor.
  forgetServedReaderPages();
  const { into, annotationsMoved } = result.data;
  redirect(`${DESK}/${into.id}?merged=${annotationsMoved}`);
}

export async function deleteSpeakerAction(_previous: unknown, form: FormData) {
  const result = await runAction({
    roles: PERMISSIONS.mergeSpeakersAndSources,
    schema: speakerRefSchema,
    input: form,
    run: (actor, input) => deleteSpeaker(getDb(), actor, input),
    revalidate: [DESK],
  });
  if (!result.ok) return result;
  redirect(`${DESK}?deleted=${encodeURIComponent(result.data.name)}`);
}
