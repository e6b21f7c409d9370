"use client";

import type { Editor } from "@tiptap/react";
import { type FormEvent, useEffect, useState } from "react";
import { Field } from "@/app/_components/field";
import { isHttpUrl } from "@/lib/text/urls";

const LINK_PROTOCOL_MESSAGE = "Links must start with http:// or https://";
const INCOMPLETE_MESSAGE = "Enter a complete web address, like https://example.org/page";

const button = "rounded-md border border-rule px-2.5 py-1 text-sm hover:bg-rule/40";

/**
 * The address of the link at the selection, in a field under the formatting toolbar: applies
 * it to the selected text (or inserts the address where nothing is selected), changes or
 * removes an existing link. Only http(s) addresses are accepted, as the schema requires.
 */
export function LinkEditor({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const [address, setAddress] = useState(() => String(editor.getAttributes("link").href ?? ""));
  const [problem, setProblem] = useState<string | null>(null);
  const [hasLink] = useState(() => editor.isActive("link"));

  // Going back to the text puts the field away; applying a link does that too.
  useEffect(() => {
    editor.on("focus", onClose);
    return () => {
      editor.off("focus", onClose);
    };
  }, [editor, onClose]);

  function apply(event: FormEvent) {
    event.preventDefault();
    const href = address.trim();
    if (!isHttpUrl(href)) {
      setProblem(/^https?:\/\//i.test(href) ? INCOMPLETE_MESSAGE : LINK_PROTOCOL_MESSAGE);
      return;
    }
    if (editor.state.selection.empty && !editor.isActive("link")) {
      editor
        .chain()
        .focus()
        .insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] })
        .run();
    } else {
      editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
    }
  }

  return (
    <form
      noValidate
      onSubmit={apply}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          editor.commands.focus();
        }
      }}
      className="flex flex-wrap items-start gap-x-2 gap-y-2 border-b border-rule py-2 text-sm"
    >
      <div className="min-w-0 flex-1 basis-64">
        <Field
          label="Link address"
          id="link-address"
          labelClassName="block text-xs font-medium text-muted"
          // A plain text field: the browser's own URL check would accept javascript: and
          // refuse example.org without saying why, so the check here says what to fix.
          type="text"
          inputMode="url"
          autoComplete="url"
          autoFocus
          placeholder="https://"
          value={address}
          onChange={(event) => setAddress(event.target.value)}
          errors={problem}
          announceErrors
          className="mt-1 w-full rounded-md border border-rule bg-transparent px-3 py-1.5 aria-[invalid=true]:border-red-700"
        />
      </div>
      <div className="flex gap-2 sm:mt-5">
        <button
          type="submit"
          className="rounded-md bg-accent px-2.5 py-1 text-sm font-medium text-white dark:text-black"
        >
          Apply link
        </button>
        {hasLink ? (
          <button
            type="button"
            className={button}
            onClick={() => editor.chain().focus().extendMarkRange("link").unsetLink().run()}
          >
            Remove link
          </button>
        ) : null}
        <button type="button" className={button} onClick={() => editor.commands.focus()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
