"use client";

import { useEffect, useRef, useState } from "react";

interface Open {
  id: string;
  trigger: HTMLElement;
  top: number;
  left: number;
}

const SELECTOR = "a[data-annotation-id]";

/**
 * Details on demand: activating an annotated span (click, Enter or Space) shows its note next to
 * it instead of jumping to the notes list; Escape or a click elsewhere closes it and focus goes
 * back to the span. The note's content is the server-rendered note, cloned, so both stay the same.
 */
export function DetailsPopover({ containerId }: { containerId: string }) {
  const [open, setOpen] = useState<Open | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    const show = (trigger: HTMLElement) => {
      const rect = trigger.getBoundingClientRect();
      setOpen({
        id: trigger.dataset.annotationId!,
        trigger,
        top: rect.bottom + window.scrollY + 8,
        left: Math.max(8, Math.min(rect.left + window.scrollX, window.innerWidth - 8 - 384)),
      });
    };
    const onClick = (event: MouseEvent) => {
      const trigger = (event.target as HTMLElement).closest<HTMLElement>(SELECTOR);
      if (!trigger) return;
      event.preventDefault();
      show(trigger);
    };
    const onKey = (event: KeyboardEvent) => {
      const trigger = (event.target as HTMLElement).closest<HTMLElement>(SELECTOR);
      if (trigger && event.key === " ") {
        event.preventDefault();
        show(trigger);
      }
    };
    container.addEventListener("click", onClick);
    container.addEventListener("keydown", onKey);
    return () => {
      container.removeEventListener("click", onClick);
      container.removeEventListener("keydown", onKey);
    };
  }, [containerId]);

  useEffect(() => {
    if (!open || !body.current) return;
    const note = document.querySelector(`[data-details-for="${CSS.escape(open.id)}"]`);
    body.current.replaceChildren(...(note ? [note.cloneNode(true)] : []));
    dialog.current?.focus();
    const close = () => {
      setOpen(null);
      open.trigger.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") close();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!dialog.current?.contains(target) && !open.trigger.contains(target)) setOpen(null);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  if (!open) return null;
  return (
    <div
      ref={dialog}
      role="dialog"
      aria-label="Annotation details"
      tabIndex={-1}
      className="details-popover absolute z-30 w-[min(24rem,calc(100vw-1rem))] rounded-lg border border-rule bg-paper p-4 shadow-xl"
      style={{ top: open.top, left: open.left }}
    >
      <div ref={body} />
      <button
        type="button"
        className="mt-3 rounded-md border border-rule px-3 py-1 font-sans text-sm"
        onClick={() => {
          setOpen(null);
          open.trigger.focus();
        }}
      >
        Close
      </button>
    </div>
  );
}
