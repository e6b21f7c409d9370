"use client";

import { Field, inputClass } from "@/app/_components/field";
import { verdictName } from "./details-words";
import type { VerdictOption } from "./types";

const input = `${inputClass} text-sm`;

/**
 * A claim's or allegation's verdict on the newsroom's scale, with what it means, and the
 * conclusion that goes with it. A retired verdict is offered only to the annotation that
 * already has it, so it stays shown until someone chooses a current one.
 */
export function VerdictFields({
  verdicts,
  verdictId,
  conclusion,
  conclusionError,
  onVerdictChange,
  onConclusionChange,
  onConclusionBlur,
}: {
  verdicts: readonly VerdictOption[];
  verdictId: string | null;
  conclusion: string;
  conclusionError: string | undefined;
  onVerdictChange: (verdictId: string | null) => void;
  onConclusionChange: (conclusion: string) => void;
  onConclusionBlur: () => void;
}) {
  const offered = verdicts.filter((verdict) => !verdict.retired || verdict.id === verdictId);
  const chosen = verdicts.find((verdict) => verdict.id === verdictId);
  const meaning = chosen
    ? [chosen.definition, chosen.retired ? "No longer on the scale: choose a current verdict." : ""]
        .filter(Boolean)
        .join(" ")
    : null;
  return (
    <>
      <Field label="Verdict" id="annotation-verdict" hint={meaning || null}>
        {(control) => (
          <select
            {...control}
            className={input}
            value={verdictId ?? ""}
            onChange={(event) => onVerdictChange(event.target.value || null)}
          >
            <option value="">No verdict</option>
            {offered.map((verdict) => (
              <option key={verdict.id} value={verdict.id}>
                {verdictName(verdict)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Conclusion"
        id="annotation-conclusion"
        hint="Published with the verdict: one or two sentences on what the evidence shows."
        errors={conclusionError}
        announceErrors
      >
        {(control) => (
          <textarea
            {...control}
            className={`${input} min-h-20`}
            value={conclusion}
            onChange={(event) => onConclusionChange(event.target.value)}
            onBlur={onConclusionBlur}
          />
        )}
      </Field>
    </>
  );
}
