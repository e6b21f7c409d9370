import { NO_NAMED_SOURCE } from "@/lib/format/labels";
import type { DetailValues, DetailsSaveState } from "./details-saver";
import type { VerdictOption } from "./types";

/** How a verdict reads in the panel and the list: a retired one says so. */
export function verdictName(verdict: VerdictOption): string {
  return verdict.retired ? `${verdict.label} (retired)` : verdict.label;
}

/** What the panel says about saving its details; null when there is nothing to say. */
export function describeDetailsState(
  state: DetailsSaveState,
): { text: string; problem: boolean } | null {
  switch (state.kind) {
    case "saved":
      return state.at ? { text: "Details saved.", problem: false } : null;
    case "unsaved":
      return { text: "Details not saved yet.", problem: false };
    case "saving":
      return { text: "Saving details…", problem: false };
    case "retrying":
      return {
        text: `Details not saved yet: ${state.reason}. Retrying in ${state.inSeconds} s. Your changes are kept in this browser.`,
        problem: true,
      };
    case "conflict":
      return {
        text: "Not saved: someone else changed this annotation first. Keep yours or use theirs.",
        problem: true,
      };
    case "rejected":
      return { text: state.reason ? `Not saved. ${state.reason}` : "Not saved.", problem: true };
  }
}

/** Their version of the details, in words, after a conflict. */
export function describeTheirs(theirs: DetailValues, verdicts: readonly VerdictOption[]): string {
  const verdict = verdicts.find((option) => option.id === theirs.verdictId);
  return [
    theirs.speaker
      ? `attributed to ${theirs.speaker.name}`
      : theirs.unattributed
        ? NO_NAMED_SOURCE.toLowerCase()
        : null,
    `cue “${theirs.cue}”`,
    `note “${theirs.note}”`,
    verdict ? `verdict ${verdictName(verdict)}` : null,
    theirs.conclusion ? `conclusion “${theirs.conclusion}”` : null,
  ]
    .filter(Boolean)
    .join("; ");
}
