"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions";
import { deskDangerButtonClass, deskPrimaryButtonClass } from "./desk-styles";
import { FormMessage } from "./field";

type FormAction = (previous: unknown, form: FormData) => Promise<ActionResult<unknown>>;

/**
 * A one-button form whose server action merges or deletes after the person has read what will
 * happen: its hidden fields name what, and a refusal shows above the button.
 */
export function ConfirmActionForm({
  action,
  fields,
  label,
  pendingLabel,
  danger = false,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  danger?: boolean;
}) {
  const [state, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="mt-3 space-y-3">
      <FormMessage state={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        className={danger ? deskDangerButtonClass : deskPrimaryButtonClass}
      >
        {pending ? pendingLabel : label}
      </button>
    </form>
  );
}
