"use client";

import type { Ref } from "react";
import { InlineError } from "@/app/_components/inline-error";
import { useSetLiveTitle } from "./live-title";

/**
 * The headline: one line (Enter moves on to the text), uncontrolled so typing in it costs no
 * re-render, with what the server refused shown at the field.
 */
export function TitleField({
  ref,
  defaultValue,
  problem,
  onInput,
  onBlur,
  onEnter,
}: {
  ref: Ref<HTMLTextAreaElement>;
  defaultValue: string;
  problem: string | undefined;
  onInput: (value: string) => void;
  onBlur: () => void;
  onEnter: () => void;
}) {
  const setLiveTitle = useSetLiveTitle();
  return (
    <>
      <textarea
        id="article-title"
        ref={ref}
        rows={1}
        defaultValue={defaultValue}
        onInput={(event) => {
          onInput(event.currentTarget.value);
          setLiveTitle(event.currentTarget.value);
        }}
        onBlur={onBlur}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            onEnter();
          }
        }}
        placeholder="Headline"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? "article-title-error" : undefined}
        className="mt-1 w-full resize-none border-0 border-b border-rule bg-transparent pb-2 font-serif text-2xl leading-tight font-semibold [field-sizing:content] focus:outline-none focus-visible:border-accent aria-[invalid=true]:border-red-700 sm:text-3xl"
      />
      {/* Not announced here: the save status beside the title says it already. */}
      <InlineError id="article-title-error" message={problem} announce={false} className="mt-1" />
    </>
  );
}
