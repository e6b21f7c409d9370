"use client";

import { Dialog, DialogPanel, DialogTitle, Description } from "@headlessui/react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { buttonClass, primaryButtonClass } from "@/app/_components/button-styles";
import { Field, inputClass } from "@/app/_components/field";
import { InlineError } from "@/app/_components/inline-error";
import { importFromUrlAction } from "./import-actions";

/** The address field of every form that fetches a page: one label, one keyboard, no autofill. */
export const PAGE_URL_INPUT = {
  label: "Page URL",
  name: "url",
  type: "url",
  inputMode: "url",
  autoComplete: "off",
  placeholder: "https://",
} as const;

/**
 * The "Import from URL" button and its dialog: on the dashboard it starts a new article, in an
 * empty editor (`articleId`) it fills that one. Fetching can take seconds, so the dialog says
 * so while it works; a refusal keeps the address typed, with why beside it.
 */
export function ImportDialog({
  articleId,
  beforeImport,
}: {
  articleId?: string;
  /** Saves what the editor holds first (an unsaved title is kept, not overwritten). */
  beforeImport?: () => Promise<unknown>;
}) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const [state, action, pending] = useActionState(async (previous: unknown, form: FormData) => {
    await beforeImport?.();
    return importFromUrlAction(previous, form);
  }, null);
  const imported = state?.ok ? state.data.id : null;
  useEffect(() => {
    if (!imported) return;
    // The editor that asked reloads, to start over from the imported text and its version.
    if (articleId) window.location.reload();
    else router.push(`/studio/articles/${imported}`);
  }, [imported, articleId, router]);
  const typed = state && !state.ok ? state.values?.url : undefined;

  return (
    <>
      <button type="button" className={buttonClass} onClick={() => setOpen(true)}>
        Import from URL
      </button>
      <Dialog open={open} onClose={() => !pending && setOpen(false)} className="relative z-50">
        <div className="fixed inset-0 bg-black/40" aria-hidden="true" />
        <div className="fixed inset-0 flex items-start justify-center overflow-y-auto p-4 sm:pt-24">
          <DialogPanel className="w-full max-w-lg rounded-lg border border-rule bg-paper p-6 shadow-xl">
            <DialogTitle className="font-sans text-lg font-semibold">Import from URL</DialogTitle>
            <Description className="mt-1 text-sm text-muted">
              Claimmark fetches the page, keeps the article&apos;s title and text, and fills in the
              checked article&apos;s outlet, author, date and address when the page states them.
            </Description>
            <form action={action} className="mt-4 space-y-4">
              {articleId ? <input type="hidden" name="articleId" value={articleId} /> : null}
              <Field
                {...PAGE_URL_INPUT}
                required
                defaultValue={typed}
                key={typed}
                errors={state && !state.ok ? (state.fieldErrors?.url ?? null) : null}
                className={inputClass}
                announceErrors
                data-autofocus
              />
              {state && !state.ok && !state.fieldErrors?.url ? (
                <InlineError message={state.error} />
              ) : null}
              {pending || imported ? (
                <p role="status" className="text-sm text-muted">
                  {pending ? "Fetching the page…" : "Imported. Opening the article…"}
                </p>
              ) : null}
              <div className="flex flex-wrap justify-end gap-3">
                <button
                  type="button"
                  className={buttonClass}
                  disabled={pending}
                  onClick={() => setOpen(false)}
                >
                  Cancel
                </button>
                <button type="submit" className={primaryButtonClass} disabled={pending}>
                  {pending ? "Importing…" : "Import"}
                </button>
              </div>
            </form>
          </DialogPanel>
        </div>
      </Dialog>
    </>
  );
}
