"use client";

import { type Editor, useEditorState } from "@tiptap/react";
import { type KeyboardEvent, type ReactNode, useRef, useState } from "react";
import { LinkEditor } from "./link-editor";

type Format =
  | "heading"
  | "subheading"
  | "bold"
  | "italic"
  | "link"
  | "bulletList"
  | "orderedList"
  | "blockquote";

interface Tool {
  format: Format;
  label: string;
  /** The shortcut that does the same, for the tooltip. */
  keys?: string;
  icon: ReactNode;
  /** Draws a thin rule before it: headings | inline styles and link | blocks. */
  startsGroup?: true;
  /** Every tool but "Link" acts at once; "Link" opens the address field instead. */
  run?: (editor: Editor) => void;
}

const svg = (path: ReactNode) => (
  <svg
    aria-hidden="true"
    viewBox="0 0 20 20"
    className="size-[1.125rem]"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.6"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    {path}
  </svg>
);

const glyph = (text: string, className = "") => (
  <span aria-hidden="true" className={`text-[0.9375rem] leading-none ${className}`}>
    {text}
  </span>
);

const TOOLS: Tool[] = [
  {
    format: "heading",
    label: "Heading",
    icon: glyph("H2", "font-semibold tracking-tight"),
    run: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    format: "subheading",
    label: "Subheading",
    icon: glyph("H3", "font-semibold tracking-tight"),
    run: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    format: "bold",
    label: "Bold",
    startsGroup: true,
    keys: "Ctrl+B",
    icon: glyph("B", "font-serif text-base font-bold"),
    run: (editor) => editor.chain().focus().toggleBold().run(),
  },
  {
    format: "italic",
    label: "Italic",
    keys: "Ctrl+I",
    icon: glyph("I", "font-serif text-base italic"),
    run: (editor) => editor.chain().focus().toggleItalic().run(),
  },
  {
    format: "link",
    label: "Link",
    icon: svg(
      <>
        <path d="M8.5 11.5a3.2 3.2 0 0 0 4.6.2l2.4-2.4a3.2 3.2 0 0 0-4.6-4.6l-1 1" />
        <path d="M11.5 8.5a3.2 3.2 0 0 0-4.6-.2l-2.4 2.4a3.2 3.2 0 0 0 4.6 4.6l1-1" />
      </>,
    ),
  },
  {
    format: "bulletList",
    label: "Bulleted list",
    startsGroup: true,
    keys: "Ctrl+Shift+8",
    icon: svg(
      <>
        <path d="M8 5.5h8.5M8 10h8.5M8 14.5h8.5" />
        <circle cx="4.25" cy="5.5" r="0.9" fill="currentColor" stroke="none" />
        <circle cx="4.25" cy="10" r="0.9" fill="currentColor" stroke="none" />
        <circle cx="4.25" cy="14.5" r="0.9" fill="currentColor" stroke="none" />
      </>,
    ),
    run: (editor) => editor.chain().focus().toggleBulletList().run(),
  },
  {
    format: "orderedList",
    label: "Numbered list",
    keys: "Ctrl+Shift+7",
    icon: svg(
      <>
        <path d="M8.5 5.5h8M8.5 10h8M8.5 14.5h8" />
        <path
          d="M3.5 4.25 4.6 3.5v4M3.4 12.4a1.1 1.1 0 0 1 2 .5c0 .8-1.9 1.6-1.9 2.6h2"
          strokeWidth="1.2"
        />
      </>,
    ),
    run: (editor) => editor.chain().focus().toggleOrderedList().run(),
  },
  {
    format: "blockquote",
    label: "Quote",
    keys: "Ctrl+Shift+B",
    icon: svg(
      <path
        d="M3.5 15V11.2c0-3 1.3-5.1 3.9-6.2l.6 1.2C6.5 7 5.9 8.1 5.8 9.6h2.4V15zm8 0V11.2c0-3 1.3-5.1 3.9-6.2l.6 1.2c-1.5.8-2.1 1.9-2.2 3.4h2.4V15z"
        fill="currentColor"
        stroke="none"
      />,
    ),
    run: (editor) => editor.chain().focus().toggleBlockquote().run(),
  },
];

/** What is on at the selection; a selector, so only a change here re-renders the toolbar. */
function activeFormats(editor: Editor | null): Record<Format, boolean> {
  return {
    heading: editor?.isActive("heading", { level: 2 }) ?? false,
    subheading: editor?.isActive("heading", { level: 3 }) ?? false,
    bold: editor?.isActive("bold") ?? false,
    italic: editor?.isActive("italic") ?? false,
    link: editor?.isActive("link") ?? false,
    bulletList: editor?.isActive("bulletList") ?? false,
    orderedList: editor?.isActive("orderedList") ?? false,
    blockquote: editor?.isActive("blockquote") ?? false,
  };
}

/**
 * The "Formatting" toolbar above the text it formats (the children). One Tab stop, arrow keys
 * move between its buttons (the ARIA toolbar pattern), and Alt+F10 in the text jumps to it, as
 * in other editors: inside a list, Shift+Tab outdents rather than leaving the text. Each button
 * says whether its format is on at the selection.
 */
export function FormattingToolbar({
  editor,
  children,
}: {
  editor: Editor | null;
  children: ReactNode;
}) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => activeFormats(current),
  });
  const [focusIndex, setFocusIndex] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape") {
      event.preventDefault();
      editor?.commands.focus();
      return;
    }
    const last = TOOLS.length - 1;
    const targets: Record<string, number> = {
      ArrowRight: focusIndex === last ? 0 : focusIndex + 1,
      ArrowLeft: focusIndex === 0 ? last : focusIndex - 1,
      Home: 0,
      End: last,
    };
    const next = targets[event.key] ?? null;
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    buttons.current[next]?.focus();
  }

  return (
    <div
      onKeyDown={(event) => {
        if (event.altKey && event.key === "F10") {
          event.preventDefault();
          buttons.current[focusIndex]?.focus();
        }
      }}
    >
      <div className="sticky top-0 z-10 bg-paper pt-2">
        <div
          role="toolbar"
          aria-label="Formatting"
          onKeyDown={moveFocus}
          className="flex flex-wrap items-center gap-0.5 border-b border-rule pb-1.5"
        >
          {TOOLS.map((tool, index) => [
            tool.startsGroup ? (
              <span
                key={`${tool.format}-rule`}
                aria-hidden="true"
                className="mx-1.5 h-5 w-px bg-rule"
              />
            ) : null,
            <button
              key={tool.format}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              type="button"
              aria-label={tool.label}
              aria-pressed={active?.[tool.format] ?? false}
              aria-expanded={tool.format === "link" ? linkOpen : undefined}
              title={tool.keys ? `${tool.label} (${tool.keys})` : tool.label}
              tabIndex={index === focusIndex ? 0 : -1}
              disabled={!editor}
              // Keep the text's selection: the click acts on it.
              onMouseDown={(event) => event.preventDefault()}
              onFocus={() => setFocusIndex(index)}
              onClick={() => {
                if (!editor) return;
                if (tool.run) tool.run(editor);
                else setLinkOpen((open) => !open);
              }}
              className="grid size-9 place-items-center rounded-md text-muted transition-colors hover:bg-rule/50 hover:text-ink disabled:opacity-50 aria-pressed:bg-rule/70 aria-pressed:text-ink"
            >
              {tool.icon}
            </button>,
          ])}
        </div>
        {editor && linkOpen ? (
          <LinkEditor editor={editor} onClose={() => setLinkOpen(false)} />
        ) : null}
      </div>
      {children}
    </div>
  );
}
