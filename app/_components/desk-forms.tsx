"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions";
import { dangerButtonClass, primaryButtonClass } from "./button-styles";
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
        className={danger ? dangerButtonClass : primaryButtonClass}
      >
        {pending ? pendingLabel : label}
      </button>
    </form>
  );
}

/**
 * A desk page's "Delete …" section: the button when nothing uses the record, otherwise why it
 * cannot be deleted (the server refuses it too).
 */
export function DeleteSection({
  label,
  id,
  action,
  unusedMessage,
  inUseMessage,
}: {
  label: string;
  id: string;
  action: FormAction;
  unusedMessage: string;
  /** Why it cannot be deleted; null when nothing uses it. */
  inUseMessage: string | null;
}) {
  return (
    <section aria-labelledby="delete-heading" className="mt-10 border-t border-rule pt-6">
      <h2 id="delete-heading" className="text-lg font-semibold">
        {label}
      </h2>
      {inUseMessage ? (
        <p className="mt-1 text-sm">{inUseMessage}</p>
      ) : (
        <>
          <p className="mt-1 text-sm">{unusedMessage}</p>
          <ConfirmActionForm
            action={action}
            fields={{ id }}
            label={label}
            pendingLabel="Deleting…"
            danger
          />
        </>
      )}
    </section>
  );
}
