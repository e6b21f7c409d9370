"use client";

import { useActionState } from "react";
import { buttonClass, primaryButtonClass } from "@/app/_components/button-styles";
import { Field, FormMessage, inputClass, summaryOf } from "@/app/_components/field";
import type { VerdictScaleEnd } from "@/db/enums";
import type { ActionResult } from "@/lib/actions";
import {
  MAX_DEFINITION_LENGTH,
  MAX_RATING,
  NO_END,
  SCALE_END_LABELS,
} from "@/lib/verdicts/schemas";
import { createVerdictAction, editVerdictAction } from "./actions";
import type { VerdictView } from "./verdict-view";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * The fields of a verdict, for adding one and editing one. After a refusal they show what was
 * typed (`failed.values`), so nothing is lost; otherwise the verdict's current values.
 */
function VerdictFields({
  idPrefix,
  verdict,
  failed,
  autoFocus = false,
}: {
  idPrefix: string;
  verdict?: Pick<VerdictView, "label" | "definition" | "rating" | "scaleEnd">;
  failed: Failure | null;
  /** Focus the label when the fields appear because the person asked for them. */
  autoFocus?: boolean;
}) {
  const typed = failed?.values;
  const errors = failed?.fieldErrors ?? {};
  const rating = verdict?.rating === null || verdict?.rating === undefined ? "" : verdict.rating;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field
        id={`${idPrefix}-label`}
        autoFocus={autoFocus}
        label="Label"
        name="label"
        autoComplete="off"
        defaultValue={typed?.label ?? verdict?.label}
        errors={errors.label}
      />
      <Field
        id={`${idPrefix}-rating`}
        label="Rating"
        name="rating"
        inputMode="numeric"
        autoComplete="off"
        hint={`0–${MAX_RATING}; empty for a verdict off the scale, like “Unproven”.`}
        defaultValue={typed?.rating ?? rating}
        errors={errors.rating}
      />
      <div className="sm:col-span-2">
        <Field
          id={`${idPrefix}-definition`}
          label="Definition"
          name="definition"
          autoComplete="off"
          hint={`One line that tells readers what the verdict means (at most ${MAX_DEFINITION_LENGTH} characters).`}
          defaultValue={typed?.definition ?? verdict?.definition}
          errors={errors.definition}
        />
      </div>
      <div className="sm:col-span-2">
        <Field
          id={`${idPrefix}-end`}
          label="End of the scale"
          hint="Choosing an end moves the mark from the verdict that holds it."
          errors={errors.scaleEnd}
        >
          {(control) => (
            <select
              {...control}
              // A select ignores a new defaultValue: a new one puts the typed choice back.
              key={typed?.scaleEnd ?? "current"}
              name="scaleEnd"
              defaultValue={typed?.scaleEnd ?? verdict?.scaleEnd ?? NO_END}
              className={inputClass}
            >
              <option value={NO_END}>Neither</option>
              {(Object.keys(SCALE_END_LABELS) as VerdictScaleEnd[]).map((end) => (
                <option key={end} value={end}>
                  {SCALE_END_LABELS[end]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </div>
  );
}

export function AddVerdictForm() {
  const [state, action, pending] = useActionState(createVerdictAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    // A new key after success empties the form; after a refusal the typed values come back.
    <form
      action={action}
      className="mt-4 space-y-4"
      noValidate
      key={state?.ok ? state.data.id : "form"}
    >
      <FormMessage state={summaryOf(state)} />
      <VerdictFields idPrefix="new-verdict" failed={failed} />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Adding…" : "Add verdict"}
      </button>
    </form>
  );
}

/** Edits a verdict in place; `onDone` closes the form (saved or cancelled). */
export function EditVerdictForm({
  verdict,
  onDone,
}: {
  verdict: VerdictView;
  onDone: (saved: boolean) => void;
}) {
  const [state, action, pending] = useActionState(async (previous: unknown, form: FormData) => {
    const result = await editVerdictAction(previous, form);
    if (result.ok) onDone(true);
    return result;
  }, null);
  const failed = state && !state.ok ? state : null;
  const prefix = `verdict-${verdict.id}`;
  return (
    <form
      id={`${prefix}-edit`}
      action={action}
      noValidate
      aria-label={`Edit “${verdict.label}”`}
      className="mt-3 space-y-4 rounded-md border border-rule p-4"
      onKeyDown={(event) => {
        if (event.key === "Escape") onDone(false);
      }}
    >
      <FormMessage state={summaryOf(state)} />
      <input type="hidden" name="id" value={verdict.id} />
      {/* The version this form shows: a save after someone else's change is refused. */}
      <input type="hidden" name="version" value={verdict.version} />
      <VerdictFields idPrefix={prefix} verdict={verdict} failed={failed} autoFocus />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? "Saving…" : "Save verdict"}
        </button>
        <button type="button" className={buttonClass} onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
