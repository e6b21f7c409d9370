"use client";

import { primaryButtonClass } from "@/app/_components/button-styles";
import { useKeptForm } from "@/app/_components/use-kept-form";
import { Field, FormMessage, summaryOf } from "@/app/_components/field";
import type { NewsroomIdentity } from "@/db/revision-snapshot";
import { saveNewsroomAction } from "./actions";

/** The newsroom's name and addresses; after a refusal the fields keep what was typed. */
export function NewsroomForm({
  newsroom,
  version,
}: {
  newsroom: NewsroomIdentity;
  version: string;
}) {
  const { state, formAction: action, pending, typed, errors } = useKeptForm(saveNewsroomAction);
  return (
    <form action={action} className="mt-4 max-w-xl space-y-4" noValidate>
      <FormMessage state={summaryOf(state)} />
      <input type="hidden" name="version" value={version} />
      <Field
        label="Newsroom name"
        name="name"
        autoComplete="organization"
        defaultValue={typed.name ?? newsroom.name}
        errors={errors.name}
      />
      <Field
        label="Newsroom URL"
        name="url"
        type="url"
        autoComplete="url"
        hint="Your site's home page, starting with https://."
        defaultValue={typed.url ?? newsroom.url ?? ""}
        errors={errors.url}
      />
      <Field
        label="Logo URL"
        name="logoUrl"
        type="url"
        autoComplete="off"
        hint="An image of your logo on the web, starting with https://."
        defaultValue={typed.logoUrl ?? newsroom.logoUrl ?? ""}
        errors={errors.logoUrl}
      />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Saving…" : "Save newsroom"}
      </button>
    </form>
  );
}
