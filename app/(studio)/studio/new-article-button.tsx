"use client";

import { InlineError } from "@/app/_components/inline-error";
import { useActionState } from "react";
import { createArticleAction } from "./actions";

export function NewArticleButton() {
  const [state, action, pending] = useActionState(createArticleAction, null);
  return (
    <form action={action}>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-accent px-4 py-2 font-medium text-white disabled:opacity-60 dark:text-black"
      >
        New article
      </button>
      <InlineError className="mt-2" message={state && !state.ok ? state.error : null} />
    </form>
  );
}
