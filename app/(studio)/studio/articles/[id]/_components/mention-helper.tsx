"use client";

import { type KeyboardEvent, type RefObject, useId, useState } from "react";
import { type Member, membersMatching, mentionBeingTyped } from "@/lib/discussion/mentions";

/**
 * Offers newsroom members while "@name" is typed: a listbox under the textarea, arrows to move,
 * Enter or Tab to take one, Escape to put it away. Typing the name in full works just as well.
 */
export function useMentionHelper({
  members,
  text,
  setText,
  field,
}: {
  members: readonly Member[];
  text: string;
  setText: (text: string) => void;
  field: RefObject<HTMLTextAreaElement | null>;
}) {
  const id = useId();
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const typing = mentionBeingTyped(text, caret);
  const offered =
    typing && typing.start !== dismissedAt ? membersMatching(members, typing.query) : [];
  const open = offered.length > 0;
  const current = Math.min(active, offered.length - 1);

  function choose(member: Member) {
    if (!typing) return;
    const inserted = `@${member.name} `;
    const next = text.slice(0, typing.start) + inserted + text.slice(caret);
    const at = typing.start + inserted.length;
    setText(next);
    setCaret(at);
    setActive(0);
    requestAnimationFrame(() => field.current?.setSelectionRange(at, at));
  }

  /** Handles the key if the list is open; true when it did. */
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
    if (!open) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + offered.length) % offered.length);
    } else if ((event.key === "Enter" && !event.ctrlKey && !event.metaKey) || event.key === "Tab") {
      choose(offered[current]!);
    } else if (event.key === "Escape") {
      setDismissedAt(typing!.start);
    } else return false;
    event.preventDefault();
    return true;
  }

  const optionId = (index: number) => `${id}-option-${index}`;
  return {
    onKeyDown,
    /** Keeps track of the caret, which decides what is being typed. */
    onCaret: (element: HTMLTextAreaElement) => setCaret(element.selectionStart),
    // A textbox takes no aria-expanded: the list is tied to it by aria-controls while shown.
    textareaProps: {
      "aria-autocomplete": "list" as const,
      "aria-controls": open ? `${id}-list` : undefined,
      "aria-activedescendant": open ? optionId(current) : undefined,
    },
    list: open ? (
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label="Mention"
        className="mt-1 max-w-xs rounded-md border border-rule bg-paper py-1 text-sm shadow-lg"
      >
        {offered.map((member, index) => (
          <li
            key={member.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === current}
            className="cursor-pointer px-3 py-1 aria-selected:bg-rule/60"
            // Chosen before the textarea loses focus, so typing carries on there.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(member);
            }}
          >
            {member.name}
          </li>
        ))}
      </ul>
    ) : null,
  };
}
