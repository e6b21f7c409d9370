"use client";

import type { ReactNode } from "react";

/**
 * Holds the overlap chooser and the annotation panel. Beside the text on a wide screen; on a
 * phone, below the whole article, they would be out of reach, so there they are a sheet over
 * the bottom of the screen, with a way to put it away.
 */
export function AnnotationSheet({
  onClose,
  children,
}: {
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <div className="space-y-4 max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:m-0 max-lg:z-30 max-lg:max-h-[55dvh] max-lg:overflow-y-auto max-lg:border-t max-lg:border-rule max-lg:bg-paper max-lg:p-3 max-lg:shadow-2xl">
      <button
        type="button"
        className="ml-auto block rounded-md border border-rule px-3 py-1 text-sm lg:hidden"
        onClick={onClose}
      >
        Close annotation
      </button>
      {children}
    </div>
  );
}
