"use client";

import { primaryButtonClass } from "@/app/_components/button-styles";
import { useKeptForm } from "@/app/_components/use-kept-form";
import { Field, FormMessage, inputClass, summaryOf } from "@/app/_components/field";
import type { DeskSpeaker } from "@/db/queries/speaker-desk";
import { editSpeakerAction } from "../actions";

/**
 * A speaker's name, type, description and aliases. After a refusal the fields keep what was
 * typed; the version is the speaker's as the page last loaded it, so a save over someone
 * else's newer change is refused.
 */
export function SpeakerForm({
  speaker,
  version,
}: {
  speaker: Pick<DeskSpeaker, "id" | "name" | "type" | "description" | "aliases">;
  version: string;
}) {
  const { state, formAction: action, pending, typed, errors } = useKeptForm(editSpeakerAction);
  return (
    <form action={action} className="mt-4 max-w-xl space-y-4" noValidate>
      <FormMessage state={summaryOf(state)} />
      <input type="hidden" name="id" value={speaker.id} />
      <input type="hidden" name="version" value={version} />
      <Field
        label="Name"
        name="name"
        autoComplete="off"
        defaultValue={typed.name ?? speaker.name}
        errors={errors.name}
      />
      <Field label="Type" name="type" errors={errors.type}>
        {(control) => (
          <select
            name="type"
            defaultValue={typed.type ?? speaker.type}
            className={inputClass}
            {...control}
          >
            <option value="person">Person</option>
            <option value="organization">Organization</option>
          </select>
        )}
      </Field>
      <Field
        label="Description"
        name="description"
        autoComplete="off"
        hint="What the speaker is, e.g. “Minister of Finance”."
        defaultValue={typed.description ?? speaker.description}
        errors={errors.description}
      />
      <Field
        label="Aliases"
        name="aliases"
        hint="Other names this speaker is known by, one per line, e.g. a title or a short name."
        errors={errors.aliases}
      >
        {(control) => (
          <textarea
            name="aliases"
            rows={4}
            defaultValue={typed.aliases ?? speaker.aliases.join("\n")}
            className={inputClass}
            {...control}
          />
        )}
      </Field>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Saving…" : "Save speaker"}
      </button>
    </form>
  );
}
