"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions";

/**
 * A form's action state, with what a refusal sends back split out: the values as typed (so the
 * fields show them again and nothing is lost) and each field's problems.
 */
export function useKeptForm<T>(
  action: (previous: unknown, form: FormData) => Promise<ActionResult<T>>,
) {
  const [state, formAction, pending] = useActionState<ActionResult<T> | null, FormData>(
    action,
    null,
  );
  const failed = state && !state.ok ? state : null;
  return {
    state,
    formAction,
    pending,
    typed: failed?.values ?? {},
    errors: failed?.fieldErrors ?? {},
  };
}
