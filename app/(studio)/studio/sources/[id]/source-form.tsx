"use client";

import { primaryButtonClass } from "@/app/_components/button-styles";
import { useKeptForm } from "@/app/_components/use-kept-form";
import { Field, FormMessage, summaryOf } from "@/app/_components/field";
import type { DeskSource } from "@/db/queries/source-desk";
import { editSourceAction } from "../actions";

/**
 * A source's title, publisher, date and archived copy (its address is its identity and stays).
 * After a refusal the fields keep what was typed; a save over a newer change is refused.
 */
export function SourceForm({
  source,
  version,
}: {
  source: Pick<DeskSource, "id" | "title" | "publisher" | "publishedAt" | "archivedUrl">;
  version: string;
}) {
  const { state, formAction: action, pending, typed, errors } = useKeptForm(editSourceAction);
  return (
    <form action={action} className="mt-4 max-w-xl space-y-4" noValidate>
      <FormMessage state={summaryOf(state)} />
      <input type="hidden" name="id" value={source.id} />
      <input type="hidden" name="version" value={version} />
      <Field
        label="Title"
        name="title"
        autoComplete="off"
        defaultValue={typed.title ?? source.title}
        errors={errors.title}
      />
      <Field
        label="Publisher"
        name="publisher"
        autoComplete="off"
        defaultValue={typed.publisher ?? source.publisher}
        errors={errors.publisher}
      />
      <Field
        label="Published on"
        name="publishedAt"
        autoComplete="off"
        inputMode="numeric"
        hint="YYYY-MM-DD; leave empty when unknown."
        defaultValue={typed.publishedAt ?? source.publishedAt ?? ""}
        errors={errors.publishedAt}
      />
      <Field
        label="Archived URL"
        name="archivedUrl"
        type="url"
        autoComplete="off"
        hint="A saved copy of the page, starting with https://."
        defaultValue={typed.archivedUrl ?? source.archivedUrl ?? ""}
        errors={errors.archivedUrl}
      />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Saving…" : "Save source"}
      </button>
    </form>
  );
}
