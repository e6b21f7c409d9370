"use client";

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
      {state && !state.ok ? (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
