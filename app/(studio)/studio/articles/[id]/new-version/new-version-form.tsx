"use client";

import { useRef, useState, useTransition } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { Field, inputClass } from "@/app/_components/field";
import type { ActionResult } from "@/lib/actions";
import type { NewVersionPreview } from "@/lib/articles/new-version";
import { PAGE_URL_INPUT } from "../../../import-dialog";
import { previewNewVersionAction } from "./actions";
import { ReanchorReview } from "./reanchor-review";

type Source = { from: "text"; text: string } | { from: "url"; url: string };
type Failure = Extract<ActionResult, { ok: false }>;

/**
 * The two ways to bring the new version (paste it, or fetch it from its address) and, once
 * compared, the review. Nothing is saved until the review is accepted; what was typed stays
 * in its field whatever the outcome.
 */
export function NewVersionForm({
  articleId,
  pageUrl,
  speakers,
}: {
  articleId: string;
  /** The checked article's address: where a revised version is most likely found. */
  pageUrl: string;
  /** Annotation id → who it is attributed to, for the review list. */
  speakers: Record<string, string | null>;
}) {
  const [text, setText] = useState("");
  const [url, setUrl] = useState(pageUrl);
  const [failure, setFailure] = useState<{ from: Source["from"]; result: Failure } | null>(null);
  const [preview, setPreview] = useState<NewVersionPreview | null>(null);
  const [comparing, startComparing] = useTransition();
  /** What the shown review was computed from, to compare again after someone else's save. */
  const [compared, setCompared] = useState<Source | null>(null);
  const comparingFrom = compared?.from ?? null;
  const reviewRef = useRef<HTMLHeadingElement>(null);

  const compare = (source: Source) => {
    setCompared(source);
    startComparing(async () => {
      const result = await previewNewVersionAction({ articleId, source });
      if (result.ok) {
        setFailure(null);
        setPreview(result.data);
        requestAnimationFrame(() => reviewRef.current?.focus());
      } else {
        setFailure({ from: source.from, result });
      }
    });
  };
  const errorFor = (from: Source["from"]) => (failure?.from === from ? failure.result.error : null);

  return (
    <>
      <div className="mt-6 grid gap-6">
        <form
          className="rounded-lg border border-rule p-4"
          onSubmit={(event) => {
            event.preventDefault();
            compare({ from: "text", text });
          }}
        >
          <h2 className="font-semibold">Paste the new text</h2>
          <Field
            label="New text"
            name="text"
            errors={errorFor("text")}
            announceErrors
            hint="One paragraph per blank-line-separated block, as when pasting into the editor."
            labelClassName="mt-3 block text-sm font-medium"
          >
            {(control) => (
              <textarea
                {...control}
                rows={8}
                value={text}
                onChange={(event) => setText(event.target.value)}
                className={`${inputClass} font-serif`}
              />
            )}
          </Field>
          <button type="submit" className={`${buttonClass} mt-3`} disabled={comparing}>
            {comparing && comparingFrom === "text" ? "Comparing…" : "Compare pasted text"}
          </button>
        </form>
        <form
          className="rounded-lg border border-rule p-4"
          onSubmit={(event) => {
            event.preventDefault();
            compare({ from: "url", url });
          }}
        >
          <h2 className="font-semibold">Or fetch it from the web</h2>
          <Field
            {...PAGE_URL_INPUT}
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            errors={errorFor("url")}
            announceErrors
            labelClassName="mt-3 block text-sm font-medium"
            className={inputClass}
          />
          <button type="submit" className={`${buttonClass} mt-3`} disabled={comparing}>
            {comparing && comparingFrom === "url" ? "Fetching…" : "Fetch and compare"}
          </button>
        </form>
      </div>
      {comparing ? (
        <p role="status" className="mt-4 text-sm text-muted">
          {comparingFrom === "url" ? "Fetching the page and comparing…" : "Comparing…"}
        </p>
      ) : null}
      {preview ? (
        <ReanchorReview
          key={preview.text}
          articleId={articleId}
          preview={preview}
          speakers={speakers}
          headingRef={reviewRef}
          onCompareAgain={() => compared && compare(compared)}
        />
      ) : null}
    </>
  );
}
